using Mediator;
using Microsoft.AspNetCore.Identity;
using PracticeNetwork.Modules.Identity.Domain;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Tenancy;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Host.Demo;

/// <summary>
/// What seeding any demo item needs: municipalities by code, people by a demo account's email (or the municipality's
/// fictional demo person), acting for a municipality, and import commands whose field errors name the item's file.
/// </summary>
internal sealed class DemoImports(ISender sender, ITenantContext tenant, UserManager<Account> users)
{
    private readonly Dictionary<string, Guid> _accounts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Guid> _municipalities = new(StringComparer.Ordinal);

    public async Task<Guid> MunicipalityAsync(DemoItem item, string code, string field, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!_municipalities.TryGetValue(code, out var id))
        {
            var municipality = await sender.Send(new GetMunicipality(code), cancellationToken)
                ?? throw Invalid(item, field, $"there is no municipality with the code {code}");
            _municipalities[code] = id = municipality.Municipality.Id;
        }

        return id;
    }

    /// <summary>
    /// A demo account's id; without an email, the fixed id of the fictional demo person <paramref name="fictional"/>
    /// ("author", "reviewer") of the municipality <paramref name="code"/>, who has no account.
    /// </summary>
    public async Task<Guid> PersonAsync(DemoItem item, string? email, string field, string fictional, string code)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (email is null)
        {
            return DemoItem.StableId(fictional, code);
        }

        if (!_accounts.TryGetValue(email, out var id))
        {
            var account = await users.FindByEmailAsync(email)
                ?? throw Invalid(item, field, $"{email} is not a demo account (see DemoNetwork.People)");
            _accounts[email] = id = account.Id;
        }

        return id;
    }

    public IDisposable ActFor(Guid municipalityId) => tenant.Change(municipalityId);

    /// <summary>Sends an import; the import's own field errors come back naming the demo file.</summary>
    public async Task<TResponse> SendAsync<TResponse>(DemoItem item, ICommand<TResponse> command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        try
        {
            return await sender.Send(command, cancellationToken);
        }
        catch (RequestValidationException invalid)
        {
            var fields = invalid.Errors.Select(field => $"{field.Key}: {string.Join(" ", field.Value)}");
            throw new InvalidOperationException(
                $"Demo {item.Type} {item.Key} ({item.Source}) is invalid: {string.Join("; ", fields)}", invalid);
        }
    }

    public static InvalidOperationException Invalid(DemoItem item, string field, string problem)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new($"Demo content file {item.Source}, field '{field}': {problem}");
    }
}
