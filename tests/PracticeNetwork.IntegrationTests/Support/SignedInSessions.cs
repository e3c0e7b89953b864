using System.Net;
using Mediator;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>Browser sessions of new people signed in through the real form, and reading practices as them.</summary>
internal static class SignedInSessions
{
    public static async Task<(WebSession Session, Accounts.TestAccount Account)> SignedInAsync(
        this PracticeNetworkFactory factory, string code, MunicipalityRoles roles)
    {
        var account = await factory.NewAccountAsync((code, roles));
        var session = new WebSession(factory);
        using var signedIn = await session.SignInAsync(account.Email, Accounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return (session, account);
    }

    /// <summary>The practice as <paramref name="who"/> (a member of <paramref name="code"/>) sees it.</summary>
    public static async Task<T> AsAccountAsync<T>(
        this PracticeNetworkFactory factory, Accounts.TestAccount who, string code, MunicipalityRoles roles, Func<ISender, Task<T>> work) =>
        await factory.AsMemberAsync((who.PersonId, await factory.MunicipalityIdAsync(code)), roles, work);

    public static Task<PracticeDetails?> PracticeAsAsync(
        this PracticeNetworkFactory factory, Accounts.TestAccount who, MunicipalityRoles roles, Guid id, string code = "316") =>
        factory.AsAccountAsync(who, code, roles, sender => sender.Send(new GetPractice(id)).AsTask());

    /// <summary>A form token for <paramref name="session"/>, to send a post the page itself would not offer.</summary>
    public static async Task<string> FormTokenAsync(this WebSession session) =>
        (await session.GetAsync("/profiili")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    public static async Task<HttpResponseMessage> PostWithTokenAsync(this WebSession session, string url, IDictionary<string, string> values)
    {
        var fields = new Dictionary<string, string>(values) { ["__RequestVerificationToken"] = await session.FormTokenAsync() };
        using var content = new FormUrlEncodedContent(fields);
        return await session.Client.PostAsync(url, content);
    }
}
