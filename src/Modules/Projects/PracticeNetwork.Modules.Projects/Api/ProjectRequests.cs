using System.ComponentModel;

namespace PracticeNetwork.Modules.Projects.Api;

/// <summary>Invites a municipality, named by its official code (three digits).</summary>
internal sealed record InvitationRequest([property: Description("Official municipality code, e.g. \"049\".")] string? Municipality);

/// <summary>The invited municipality's answer; on accepting, <c>teamMembers</c> (its members' person ids) join the team.</summary>
internal sealed record InvitationAnswerRequest(bool? Accept, IReadOnlyList<Guid>? TeamMembers);

/// <summary>The caller's municipality's role in the project and the resources it gives.</summary>
internal sealed record ContributionRequest(string? Role, string? Resources);

internal sealed record TeamMemberRequest(Guid? PersonId);

internal sealed record ProjectManagerRequest(bool? IsProjectManager);

/// <summary>A milestone; the responsible municipality (by official code) must take part in the project.</summary>
internal sealed record MilestoneRequest(
    string? Title,
    DateOnly? DueDate,
    [property: Description("Official code of the municipality taking part that is responsible for the milestone.")] string? ResponsibleMunicipality);

internal sealed record MilestoneCompletionRequest(bool? Done);

/// <summary>A status update (Markdown) for the caller's municipality.</summary>
internal sealed record ProjectUpdateRequest(string? Text);
