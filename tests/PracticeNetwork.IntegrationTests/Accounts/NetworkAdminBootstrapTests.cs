using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Host.Infrastructure;

namespace PracticeNetwork.IntegrationTests;

public sealed class NetworkAdminBootstrapTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task The_bootstrapped_admin_sets_a_password_with_the_link_and_opens_the_network_pages()
    {
        var email = $"bootstrap-{Guid.NewGuid():N}@verkosto.example";
        var first = await factory.InScopeAsync(null, services => services.GetRequiredService<NetworkAdminBootstrap>().RunAsync(email, "Ensimmäinen Ylläpitäjä", CancellationToken.None));
        var second = await factory.InScopeAsync(null, services => services.GetRequiredService<NetworkAdminBootstrap>().RunAsync(email, null, CancellationToken.None));
        Assert.Equal((true, true), (first.Created, first.Granted));
        Assert.Equal((false, false), (second.Created, second.Granted));

        using var session = new WebSession(factory);
        using var before = await session.SignInAsync(email, "anything at all here");
        Assert.False(await session.IsSignedInAsync());

        var link = new Uri(second.PasswordLink).PathAndQuery;
        using var set = await session.SubmitAsync(link, "main form", new Dictionary<string, string>
        {
            ["Password"] = "the first admin's passphrase",
            ["ConfirmPassword"] = "the first admin's passphrase",
        });
        using var signedIn = await session.SignInAsync(email, "the first admin's passphrase");

        using var onboarding = await session.GetResponseAsync("/verkosto/kunnat");
        Assert.Equal(HttpStatusCode.OK, onboarding.StatusCode);
    }
}
