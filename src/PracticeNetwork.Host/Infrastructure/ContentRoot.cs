using Microsoft.Extensions.Hosting;

namespace PracticeNetwork.Host.Infrastructure;

/// <summary>
/// Where the app finds its wwwroot and appsettings: the folder it was built or published to, whatever directory it is
/// started from, unless <c>--contentRoot</c> or <c>ASPNETCORE_CONTENTROOT</c>/<c>DOTNET_CONTENTROOT</c> says otherwise.
/// The framework's default, the working directory, serves every page unstyled when the app is started from elsewhere.
/// Relative settings such as <c>Storage:DataFolder</c> still resolve against the working directory.
/// </summary>
internal static class ContentRoot
{
    public static WebApplicationOptions Options(string[] args)
    {
        var given = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build()[HostDefaults.ContentRootKey];
        return new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = string.IsNullOrEmpty(given) ? AppContext.BaseDirectory : null,
        };
    }
}
