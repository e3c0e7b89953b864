using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace PracticeNetwork.Host.Oidc;

/// <summary>
/// The server's signing and encryption keys, from the first of these that applies:
/// <list type="number">
/// <item>certificates configured in <c>Oidc:SigningCertificate</c> and <c>Oidc:EncryptionCertificate</c> (production);</item>
/// <item>on the embedded default (SQLite), self-signed certificates made at the first start and kept as PFX
/// files in <c>&lt;data folder&gt;/oidc-keys</c>, so tokens survive a restart;</item>
/// <item>otherwise the app refuses to start and says which settings are missing.</item>
/// </list>
/// Tests use ephemeral keys instead (<c>Oidc:EphemeralKeys</c>), registered without this class.
/// Applied when the server options are first built (at start, by <see cref="OidcSetup.UsePracticeNetworkOidc"/>),
/// so the <c>migrate</c> command needs no certificates.
/// </summary>
internal sealed class OidcKeys(OidcSettings settings, TimeProvider time, ILogger<OidcKeys> logger) : IConfigureOptions<OpenIddictServerOptions>
{
    public const string SigningFileName = "signing.pfx";
    public const string EncryptionFileName = "encryption.pfx";

    public void Configure(OpenIddictServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        X509Certificate2 signing;
        X509Certificate2 encryption;
        if (settings.SigningCertificate is not null || settings.EncryptionCertificate is not null)
        {
            signing = Load(settings.SigningCertificate, "Oidc:SigningCertificate");
            encryption = Load(settings.EncryptionCertificate, "Oidc:EncryptionCertificate");
        }
        else if (settings.IsEmbedded)
        {
            Directory.CreateDirectory(settings.KeysFolder);
            signing = LoadOrCreate(Path.Combine(settings.KeysFolder, SigningFileName), "PracticeNetwork token signing", X509KeyUsageFlags.DigitalSignature);
            encryption = LoadOrCreate(Path.Combine(settings.KeysFolder, EncryptionFileName), "PracticeNetwork token encryption", X509KeyUsageFlags.KeyEncipherment);
        }
        else
        {
            throw new InvalidOperationException(
                "The OpenID Connect server has no keys. Set Oidc:SigningCertificate:Path and Oidc:EncryptionCertificate:Path " +
                "(with :Password) to PFX files that every app server can read; see docs/security.md.");
        }

        RequireUsage(signing, X509KeyUsageFlags.DigitalSignature, "Oidc:SigningCertificate");
        RequireUsage(encryption, X509KeyUsageFlags.KeyEncipherment, "Oidc:EncryptionCertificate");
        options.SigningCredentials.Add(new SigningCredentials(new X509SecurityKey(signing), SecurityAlgorithms.RsaSha256));
        options.EncryptionCredentials.Add(new EncryptingCredentials(
            new X509SecurityKey(encryption), SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
    }

    private static X509Certificate2 Load(CertificateSettings? certificate, string setting)
    {
        if (certificate is null)
        {
            throw new InvalidOperationException($"{setting}:Path must be set too: the server needs both a signing and an encryption certificate.");
        }

        if (!File.Exists(certificate.Path))
        {
            throw new InvalidOperationException($"{setting}:Path '{certificate.Path}' does not exist.");
        }

        var loaded = X509CertificateLoader.LoadPkcs12FromFile(certificate.Path, certificate.Password, X509KeyStorageFlags.DefaultKeySet);
        if (!loaded.HasPrivateKey)
        {
            throw new InvalidOperationException($"{setting}: the certificate in '{certificate.Path}' has no private key.");
        }

        return loaded;
    }

    private static void RequireUsage(X509Certificate2 certificate, X509KeyUsageFlags usage, string setting)
    {
        var extension = certificate.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault();
        if (extension is not null && !extension.KeyUsages.HasFlag(usage))
        {
            throw new InvalidOperationException($"{setting}: the certificate's key usage must include {usage}.");
        }
    }

    /// <summary>The certificate in <paramref name="path"/>, or a new self-signed one written there when it is missing or expired.</summary>
    private X509Certificate2 LoadOrCreate(string path, string subject, X509KeyUsageFlags usage)
    {
        var now = time.GetUtcNow();
        if (File.Exists(path))
        {
            var existing = X509CertificateLoader.LoadPkcs12FromFile(path, password: null, X509KeyStorageFlags.DefaultKeySet);
            if (existing.NotAfter.ToUniversalTime() > now.UtcDateTime)
            {
                return existing;
            }

            existing.Dispose();
            logger.LogWarning("The OpenID Connect key in {Path} has expired; making a new one. Tokens issued with the old key are no longer valid.", path);
        }

        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest($"CN={subject}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        using var created = request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(2));
        var pfx = created.Export(X509ContentType.Pfx);
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, pfx);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temporary, path, overwrite: true);
        logger.LogInformation("Made a self-signed OpenID Connect key in {Path}", path);
        return X509CertificateLoader.LoadPkcs12(pfx, password: null, X509KeyStorageFlags.DefaultKeySet);
    }
}
