using PracticeNetwork.SharedKernel.Email;

namespace PracticeNetwork.Host.Infrastructure.Email;

/// <summary>
/// Mail is queued as a Hangfire job and delivered by it. <c>Smtp:Host</c> set: through that SMTP server. Not set
/// (the embedded default): each message is written as an .eml file into <c>&lt;data folder&gt;/mail</c>.
/// </summary>
internal static class EmailSetup
{
    public static IServiceCollection AddPracticeNetworkEmail(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, StorageSettings storage)
    {
        var settings = SmtpSettings.Read(configuration, requireTlsByDefault: !environment.IsDevelopment() && !environment.IsEnvironment("Testing"));
        services.AddSingleton(settings);
        if (settings.Host is null)
        {
            services.AddSingleton(provider => new PickupFolderEmailSender(
                settings, Path.Combine(storage.DataFolder, "mail"), provider.GetRequiredService<ILogger<PickupFolderEmailSender>>()));
            services.AddSingleton<IEmailTransport>(provider => provider.GetRequiredService<PickupFolderEmailSender>());
            services.AddSingleton<IBulkEmailTransport>(provider => provider.GetRequiredService<PickupFolderEmailSender>());
        }
        else
        {
            services.AddSingleton<SmtpEmailSender>();
            services.AddSingleton<IEmailTransport>(provider => provider.GetRequiredService<SmtpEmailSender>());
            services.AddSingleton<IBulkEmailTransport>(provider => provider.GetRequiredService<SmtpEmailSender>());
        }

        // Email:Queue=false hands mail straight to the transport: for test processes that run many apps at once,
        // where Hangfire's process-wide state lets one app's workers starve another's queue.
        if (configuration.GetValue("Email:Queue", true))
        {
            services.AddSingleton<IEmailSender, QueuedEmailSender>();
        }
        else
        {
            services.AddSingleton<IEmailSender>(provider => provider.GetRequiredService<IEmailTransport>());
        }

        services.AddScoped<InvitationMail>();
        services.AddTransient<EmailDeliveryJob>();

        return services;
    }
}

internal sealed record SmtpSettings(string? Host, int Port, string From, string? UserName, string? Password, bool RequireTls)
{
    /// <summary>Outside Development, links with secrets in them never cross the network in clear: STARTTLS is required.</summary>
    public static SmtpSettings Read(IConfiguration configuration, bool requireTlsByDefault) => new(
        configuration["Smtp:Host"] is { Length: > 0 } host ? host : null,
        configuration.GetValue("Smtp:Port", 25),
        configuration["Smtp:From"] is { Length: > 0 } from ? from : "PracticeNetwork <no-reply@practicenetwork.example>",
        configuration["Smtp:UserName"],
        configuration["Smtp:Password"],
        configuration.GetValue("Smtp:RequireTls", requireTlsByDefault));
}
