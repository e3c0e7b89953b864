using Mediator;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Web.Api;
using PracticeNetwork.Web.Municipalities;

namespace PracticeNetwork.Modules.Projects.Api;

/// <summary>
/// Joint projects: a project manager invites a municipality, its admin answers for it, a participant leaves and
/// records what it gives. <c>participants/me</c> is the municipality the caller acts for (the token's <c>pn_municipality</c>).
/// </summary>
internal static class ProjectParticipationEndpoints
{
    public static async Task<IResult> InviteAsync(Guid id, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        if (!EntityTags.TryReadIfMatch(context.Request, out var version, out var problem))
        {
            return problem;
        }

        var body = await JsonBody.ReadAsync<InvitationRequest>(context.Request, cancellationToken);
        var fields = new RequestFields();
        var municipalityId = await MunicipalityIdAsync(body.Municipality, "municipality", fields, sender, cancellationToken);
        fields.ThrowIfInvalid();
        await sender.Send(new InviteMunicipality(id, municipalityId, version), cancellationToken);
        return await ProjectWriteEndpoints.CurrentAsync(id, context, sender, cancellationToken);
    }

    public static async Task<IResult> AnswerAsync(Guid id, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        if (!EntityTags.TryReadIfMatch(context.Request, out var version, out var problem))
        {
            return problem;
        }

        var body = await JsonBody.ReadAsync<InvitationAnswerRequest>(context.Request, cancellationToken);
        var fields = new RequestFields();
        var accept = fields.Required(body.Accept, "accept", "Say true to take part, false to decline.");
        fields.ThrowIfInvalid();
        await sender.Send(new AnswerProjectInvitation(id, accept, accept ? body.TeamMembers ?? [] : [], version), cancellationToken);
        return await ProjectWriteEndpoints.CurrentAsync(id, context, sender, cancellationToken);
    }

    public static async Task<IResult> LeaveAsync(Guid id, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        if (!EntityTags.TryReadIfMatch(context.Request, out var version, out var problem))
        {
            return problem;
        }

        await sender.Send(new LeaveProject(id, version), cancellationToken);
        return await ProjectWriteEndpoints.CurrentAsync(id, context, sender, cancellationToken);
    }

    public static async Task<IResult> RecordContributionAsync(Guid id, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<ContributionRequest>(context.Request, cancellationToken);
        await sender.Send(new RecordContribution(id, body.Role ?? string.Empty, body.Resources ?? string.Empty), cancellationToken);
        return await ProjectWriteEndpoints.CurrentAsync(id, context, sender, cancellationToken);
    }

    /// <summary>The id of the municipality with <paramref name="code"/>; a missing or unknown code is a field error.</summary>
    public static async Task<Guid> MunicipalityIdAsync(string? code, string field, RequestFields fields, ISender sender, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            fields.Fail(field, "Give the municipality's official code, e.g. \"049\".");
            return Guid.Empty;
        }

        var municipalities = await MunicipalityLookup.LoadAsync(sender, cancellationToken);
        if (municipalities.ByCode(code) is { } municipality)
        {
            return municipality.Id;
        }

        fields.Fail(field, $"No municipality with the code {code.Trim()}.");
        return Guid.Empty;
    }
}
