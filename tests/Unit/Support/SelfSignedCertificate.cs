using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Runai.Tests.Unit.Support;

/// <summary>A self-signed certificate for 127.0.0.1/localhost, written as a .pfx for the emulator's --certificate.</summary>
public sealed class SelfSignedCertificate : IDisposable
{
    private SelfSignedCertificate(X509Certificate2 certificate, string path)
    {
        Certificate = certificate;
        PfxPath = path;
    }

    public X509Certificate2 Certificate { get; }
    public string PfxPath { get; }

    public static SelfSignedCertificate Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=runai-emulator-test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        var path = Path.Combine(Path.GetTempPath(), $"runai-emulator-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx));
        return new SelfSignedCertificate(certificate, path);
    }

    /// <summary>A client that trusts exactly this certificate (for the emulator's admin routes in tests).</summary>
    public HttpClient TrustingClient(Uri baseAddress) => new(new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented is not null && presented.Thumbprint == Certificate.Thumbprint,
    })
    { BaseAddress = baseAddress };

    public void Dispose()
    {
        Certificate.Dispose();
        File.Delete(PfxPath);
    }
}
