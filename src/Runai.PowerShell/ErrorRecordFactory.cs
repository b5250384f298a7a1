using System;
using System.Management.Automation;
using System.Net;
using Runai.Client;

namespace Runai.PowerShell;

/// <summary>The single mapping from client exceptions to ErrorRecords: category by status, a stable ErrorId, the user's input as target.</summary>
public static class ErrorRecordFactory
{
    /// <param name="exception">What the client raised.</param>
    /// <param name="target">What the cmdlet was working on.</param>
    /// <param name="row">The piped object (a CSV row) the cmdlet was bound from: when there is one it is the
    /// TargetObject, so a user can re-run exactly the rows that failed.</param>
    public static ErrorRecord Create(Exception exception, object? target, object? row = null)
    {
        if (exception is RunaiInvalidValueException invalid) target = invalid.Value; // the offending value itself
        if (row is not null) target = row;
        var (id, category, action) = Classify(exception);
        var record = new ErrorRecord(exception, id, category, target);
        if (exception is RunaiApiException api)
        {
            var message = api.ApiMessage is { Length: > 0 } m ? $"{api.Method} {api.Path}: {(int)api.StatusCode} {m}" : api.Message;
            if (!string.IsNullOrEmpty(api.Details)) message += $" ({api.Details})";
            record.ErrorDetails = new ErrorDetails(message) { RecommendedAction = action };
        }
        else if (action is not null)
        {
            // Runai.Client's messages name no cmdlet (a C# caller has none): the PowerShell hint is added here.
            record.ErrorDetails = new ErrorDetails(exception.Message + " " + action) { RecommendedAction = action };
        }
        return record;
    }

    public static ErrorRecord Create(string message, string errorId, ErrorCategory category, object? target, string? recommendedAction = null)
    {
        var record = new ErrorRecord(new RunaiException(message), errorId, category, target);
        if (recommendedAction is not null) record.ErrorDetails = new ErrorDetails(message) { RecommendedAction = recommendedAction };
        return record;
    }

    /// <summary>Whether nothing else in the pipeline can succeed after this error (so the cmdlet should terminate).</summary>
    public static bool IsFatal(Exception exception) =>
        exception is RunaiAuthenticationException
        || exception is RunaiApiException { StatusCode: HttpStatusCode.Unauthorized };

    private static (string Id, ErrorCategory Category, string? Action) Classify(Exception exception) => exception switch
    {
        RunaiAuthenticationException => (ErrorIds.AuthenticationFailed, ErrorCategory.AuthenticationError,
            "Run Connect-Runai again with valid credentials (client credentials refresh their tokens by themselves)."),
        RunaiResourceNotFoundException => (ErrorIds.ResourceNotFound, ErrorCategory.ObjectNotFound, null),
        RunaiNoClusterSelectedException => (ErrorIds.NoClusterSelected, ErrorCategory.InvalidOperation,
            "Run Set-RunaiContext -Cluster <name> (Get-RunaiCluster lists them), or pass -Cluster to Connect-Runai."),
        RunaiInvalidResponseException => (ErrorIds.InvalidResponse, ErrorCategory.InvalidResult,
            "Something between you and the control plane (a proxy, a gateway) may have answered instead of it; try again, and check -BaseUrl."),
        RunaiNetworkException { IsTimeout: true } => (ErrorIds.RequestTimeout, ErrorCategory.OperationTimeout, "Try again later, or raise -TimeoutSec on Connect-Runai."),
        RunaiNetworkException => (ErrorIds.ConnectionFailed, ErrorCategory.ConnectionError, "Check the control plane URL and your network."),
        RunaiApiException api => Classify(api.StatusCode),
        RunaiInvalidValueException { Kind: InvalidValueKind.Name } => (ErrorIds.InvalidName, ErrorCategory.InvalidArgument,
            "Use a lower-case DNS label: letters, digits and '-', starting with a letter, at most 63 characters."),
        RunaiInvalidValueException { Kind: InvalidValueKind.Quantity } => (ErrorIds.InvalidQuantity, ErrorCategory.InvalidArgument, null),
        ArgumentException => (ErrorIds.InvalidArgument, ErrorCategory.InvalidArgument, null),
        _ => (ErrorIds.RunaiError, ErrorCategory.InvalidOperation, null),
    };

    private static (string, ErrorCategory, string?) Classify(HttpStatusCode status) => (int)status switch
    {
        400 or 422 => (ErrorIds.ApiBadRequest, ErrorCategory.InvalidArgument, "Check the values given against the Run:ai API."),
        401 => (ErrorIds.ApiUnauthorized, ErrorCategory.AuthenticationError, "Run Connect-Runai again; the token was refused."),
        403 => (ErrorIds.ApiForbidden, ErrorCategory.PermissionDenied,
            "Your application or user lacks a role for this action in this scope. Get-RunaiAccessRule -Mine lists the roles you have; ask an administrator to grant the right one (Grant-RunaiAccess) on the project, department or cluster."),
        404 => (ErrorIds.ApiNotFound, ErrorCategory.ObjectNotFound, null),
        409 => (ErrorIds.ApiConflict, ErrorCategory.ResourceExists, null),
        429 or 500 or 502 or 503 or 504 => (ErrorIds.ApiUnavailable, ErrorCategory.ResourceUnavailable, "The control plane is busy or failing; try again later."),
        _ => (ErrorIds.ApiError, ErrorCategory.NotSpecified, null),
    };
}
