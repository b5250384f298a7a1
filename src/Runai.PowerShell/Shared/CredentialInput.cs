using Runai.Client;

namespace Runai.PowerShell;

/// <summary>The check every New-Runai*Credential runs: the secret itself or an existing Kubernetes secret, exactly one.</summary>
internal static class CredentialInput
{
    public static void RequireOne(object? secret, string? existingSecretName, string secretParameter)
    {
        if ((secret is null) == (existingSecretName is null))
            throw new RunaiInvalidValueException(InvalidValueKind.Value, existingSecretName,
                $"Give either {secretParameter} or -ExistingSecretName (exactly one).");
    }
}
