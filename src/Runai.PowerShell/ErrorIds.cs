namespace Runai.PowerShell;

/// <summary>
/// Every ErrorId the module raises, in one place (a unit test checks they are unique). The cmdlet class name is added
/// by PowerShell, giving FullyQualifiedErrorIds like <c>ApiNotFound,Runai.PowerShell.GetRunaiProjectCommand</c>.
/// </summary>
public static class ErrorIds
{
    // Connection and authentication
    public const string NotConnected = "NotConnected";
    public const string AuthenticationFailed = "AuthenticationFailed";
    public const string InvalidBaseUrl = "InvalidBaseUrl";
    public const string MissingConnectionSetting = "MissingConnectionSetting";
    public const string NoClusterSelected = "NoClusterSelected";
    public const string NoProjectSelected = "NoProjectSelected";

    // Answers of the control plane, by status
    public const string ApiBadRequest = "ApiBadRequest";
    public const string ApiUnauthorized = "ApiUnauthorized";
    public const string ApiForbidden = "ApiForbidden";
    public const string ApiNotFound = "ApiNotFound";
    public const string ApiConflict = "ApiConflict";
    public const string ApiUnavailable = "ApiUnavailable";
    public const string ApiError = "ApiError";

    /// <summary>A success status with a body that is missing or unreadable (an HTML page, truncated JSON).</summary>
    public const string InvalidResponse = "InvalidResponse";

    // Transport
    public const string RequestTimeout = "RequestTimeout";
    public const string ConnectionFailed = "ConnectionFailed";

    // Input checked before any request
    public const string InvalidArgument = "InvalidArgument";
    public const string InvalidApiPath = "InvalidApiPath";
    public const string InvalidJsonBody = "InvalidJsonBody";
    public const string InvalidName = "InvalidName";
    public const string ResourceNotFound = "ResourceNotFound";
    public const string ResourceExists = "ResourceExists";
    public const string InvalidQuantity = "InvalidQuantity";
    public const string AmbiguousAssetName = "AmbiguousAssetName";

    // Workloads
    public const string WorkloadFailed = "WorkloadFailed";
    public const string WaitTimeout = "WaitTimeout";
    public const string OperationNotSupported = "OperationNotSupported";

    // The emulator cmdlets
    /// <summary>Start-RunaiEmulator found no emulator (or -Path names nothing).</summary>
    public const string EmulatorNotFound = "EmulatorNotFound";
    /// <summary>The emulator is a .dll and there is no dotnet to run it.</summary>
    public const string DotnetNotFound = "DotnetNotFound";
    /// <summary>The emulator exited or did not listen in time.</summary>
    public const string EmulatorStartFailed = "EmulatorStartFailed";
    /// <summary>An emulator admin cmdlet got no -Url, and there is no connection or started emulator to default to.</summary>
    public const string NoEmulator = "NoEmulator";

    // Anything else the client reports
    public const string RunaiError = "RunaiError";
}
