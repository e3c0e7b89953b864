using System.Net;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.TestSupport;

namespace PracticeNetwork.IntegrationTests;

public sealed class TwoFactorTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task With_an_authenticator_sign_in_needs_the_current_code_or_a_recovery_code()
    {
        var person = await factory.NewAccountAsync(("316", MunicipalityRoles.Author));
        using var session = new WebSession(factory);
        using var signedIn = await session.SignInAsync(person.Email, Accounts.Password);
        var setup = await session.GetAsync("/profiili/kaksivaihe");
        var key = setup.QuerySelector(".shared-key")!.TextContent;

        using var noPassword = await session.SubmitAsync(setup, "/profiili/kaksivaihe", "form[action*=Enable]", new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.NotNull((await Html.ParseAsync(noPassword)).QuerySelector(".error-summary"));
        Assert.NotNull((await session.GetAsync("/profiili/kaksivaihe")).QuerySelector("form[action*=Enable]"));
        using var wrong = await session.SubmitAsync(setup, "/profiili/kaksivaihe", "form[action*=Enable]", new Dictionary<string, string> { ["Code"] = "000000", ["CurrentPassword"] = Accounts.Password });
        Assert.NotNull((await Html.ParseAsync(wrong)).QuerySelector(".error-summary"));
        using var enabled = await session.SubmitAsync("/profiili/kaksivaihe", "form[action*=Enable]", new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow), ["CurrentPassword"] = Accounts.Password });
        var recoveryCodes = (await Html.ParseAsync(enabled)).QuerySelectorAll(".recovery-codes code").Select(code => code.TextContent).ToList();
        Assert.Equal(8, recoveryCodes.Count);
        using var signedOut = await session.SubmitAsync("/", "form.sign-out");

        using var firstStep = await session.SignInAsync(person.Email, Accounts.Password, "/profiili");
        Assert.Equal(HttpStatusCode.Redirect, firstStep.StatusCode);
        var secondStepUrl = firstStep.Headers.Location!.OriginalString;
        Assert.StartsWith("/kirjaudu/kaksivaihe", secondStepUrl, StringComparison.Ordinal);
        Assert.False(await session.IsSignedInAsync());

        using var badCode = await session.SubmitAsync(secondStepUrl, "main form", new Dictionary<string, string> { ["Code"] = "123456" });
        Assert.False(await session.IsSignedInAsync());
        using var goodCode = await session.SubmitAsync(secondStepUrl, "main form", new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal("/profiili", goodCode.Headers.Location!.OriginalString);
        Assert.Contains("Kärkölä", (await session.GetAsync("/")).QuerySelector(".acting")!.TextContent, StringComparison.Ordinal);

        // Turning it off takes the password.
        using var withoutPassword = await session.SubmitAsync("/profiili/kaksivaihe", "form[action*=Disable]");
        Assert.NotNull((await Html.ParseAsync(withoutPassword)).QuerySelector(".error-summary"));
        Assert.NotNull((await session.GetAsync("/profiili/kaksivaihe")).QuerySelector("form[action*=Disable]"));

        using var out2 = await session.SubmitAsync("/", "form.sign-out");
        using var again = await session.SignInAsync(person.Email, Accounts.Password);
        using var recovery = await session.SubmitAsync(again.Headers.Location!.OriginalString, "main form", new Dictionary<string, string> { ["Code"] = recoveryCodes[0] });
        Assert.True(await session.IsSignedInAsync());
    }
}
