using System.ComponentModel.DataAnnotations;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Web.Api;

namespace PracticeNetwork.Modules.Projects.Api;

/// <summary>
/// The body of POST and PUT: the project's shared fields, field for field the <c>content</c> of a GET. Lists may be
/// left out (empty); the choices (status, audience) must be given, so that nothing is picked for the caller.
/// Everything else is checked by the Projects module, with the same field names.
/// </summary>
internal sealed class ProjectContentRequest
{
    [Required]
    public string? Title { get; init; }

    [Required]
    public string? Summary { get; init; }

    public string? NeedAndGoals { get; init; }

    public string? Solution { get; init; }

    public string? Results { get; init; }

    [Required]
    public ProjectStatus? Status { get; init; }

    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    [Required]
    public string? Language { get; init; }

    [Required]
    public Audience? Audience { get; init; }

    [Required]
    public IReadOnlyList<Theme>? Themes { get; init; }

    public IReadOnlyList<PartnerOrganisation>? Partners { get; init; }

    public IReadOnlyList<FundingSource>? Funding { get; init; }

    public IReadOnlyList<ContactPerson>? Contacts { get; init; }

    public IReadOnlyList<ContentLink>? Links { get; init; }

    public IReadOnlyList<Award>? Awards { get; init; }

    public ProjectContent ToContent()
    {
        var fields = new RequestFields();
        var status = fields.Required(Status, "status", "Choose the project's status.");
        var audience = fields.Required(Audience, "audience", "Choose who may open the project once it is published.");
        fields.ThrowIfInvalid();
        return new ProjectContent(
            Title ?? string.Empty, Summary ?? string.Empty, NeedAndGoals ?? string.Empty, Solution ?? string.Empty, Results ?? string.Empty,
            status, StartDate, EndDate, Language ?? string.Empty, audience,
            Themes ?? [], Partners ?? [], Funding ?? [], Contacts ?? [], Links ?? [], Awards ?? []);
    }
}
