using System.Security.Cryptography;

namespace Runai.Emulator.Access;

/// <summary>Random secrets and temporary passwords, as the control plane hands them out once.</summary>
public static class OneTimeSecret
{
    public static string New() => Convert.ToHexString(RandomNumberGenerator.GetBytes(20)).ToLowerInvariant();
}
