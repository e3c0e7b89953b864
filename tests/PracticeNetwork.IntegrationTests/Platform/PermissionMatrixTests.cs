using System.Net;
using System.Runtime.CompilerServices;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Modules.Identity.Domain;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// Every role × every page and endpoint × own/foreign municipality → the status a reader gets, from one table.
/// An endpoint the table does not list fails <see cref="Every_endpoint_is_in_the_matrix"/>.
/// </summary>
public sealed class PermissionMatrixTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    public enum Who
    {
        Anonymous,
        Viewer,
        Author,
        Reviewer,
        MunicipalityAdmin,
        NetworkAdmin,
    }

    private const HttpStatusCode Ok = HttpStatusCode.OK;
    private const HttpStatusCode ToSignIn = HttpStatusCode.Redirect;
    private const HttpStatusCode ToHome = HttpStatusCode.Found;
    private const HttpStatusCode Unauthorized = HttpStatusCode.Unauthorized;
    private const HttpStatusCode Forbidden = HttpStatusCode.Forbidden;
    private const HttpStatusCode BadRequest = HttpStatusCode.BadRequest;
    private const HttpStatusCode NotFound = HttpStatusCode.NotFound;
    private const HttpStatusCode Conflict = HttpStatusCode.Conflict;
    private const HttpStatusCode NoMediaType = HttpStatusCode.UnsupportedMediaType;
    private const HttpStatusCode NoIfMatch = HttpStatusCode.PreconditionRequired;

    /// <summary>
    /// Route pattern, the request made ({own} and {foreign} become the reader's and another municipality's code;
    /// {ownPractice}/{ownAttachment} an internal practice of the reader's municipality and its file,
    /// {foreignPractice}/{foreignAttachment} a public practice of another municipality and its file,
    /// {practice}/{attachment} the own municipality's published public practice and its file, {foreignDraft}
    /// another municipality's draft), then the status for: anonymous, viewer, author, reviewer, municipality admin,
    /// network admin; {project}… are named by the project rows. API writes are sent without If-Match (428) or with a
    /// form body (415), so they change nothing.
    /// POSTs are sent without an antiforgery token: every form endpoint must refuse them. Signed-in readers call
    /// /api with an access token from our own server (code + PKCE); a sign-in cookie never counts there.
    /// </summary>
    private static readonly (string Pattern, string Method, string Request, HttpStatusCode[] Expected)[] Matrix =
    [
        ("/", "GET", "/", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/kunnat", "GET", "/kunnat", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/kunnat/{code}", "GET", "/kunnat/{own}", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/kunnat/{code}", "GET", "/kunnat/{foreign}", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/saavutettavuus", "GET", "/saavutettavuus", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/virhe/{statusCode:int?}", "GET", "/virhe/404", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/virhe/{statusCode:int?}", "POST", "/virhe/500", [BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/kieli", "GET", "/kieli", [ToHome, ToHome, ToHome, ToHome, ToHome, ToHome]),
        ("/kieli", "POST", "/kieli", [BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/kirjaudu", "GET", "/kirjaudu", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/kirjaudu", "POST", "/kirjaudu", [BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/kirjaudu-ulos", "GET", "/kirjaudu-ulos", [ToHome, ToHome, ToHome, ToHome, ToHome, ToHome]),
        ("/kirjaudu-ulos", "POST", "/kirjaudu-ulos", [BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/vaihda-kunta", "GET", "/vaihda-kunta", [ToSignIn, ToHome, ToHome, ToHome, ToHome, ToHome]),
        ("/vaihda-kunta", "POST", "/vaihda-kunta", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/profiili", "GET", "/profiili", [ToSignIn, Ok, Ok, Ok, Ok, Ok]),
        ("/profiili/kaksivaihe", "GET", "/profiili/kaksivaihe", [ToSignIn, Ok, Ok, Ok, Ok, Ok]),
        ("/profiili/kaksivaihe", "POST", "/profiili/kaksivaihe?handler=Enable", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/kirjaudu/kaksivaihe", "GET", "/kirjaudu/kaksivaihe", [ToSignIn, ToSignIn, ToSignIn, ToSignIn, ToSignIn, ToSignIn]),
        ("/kirjaudu/kaksivaihe", "POST", "/kirjaudu/kaksivaihe", [BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/profiili", "POST", "/profiili", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/salasana/unohtui", "GET", "/salasana/unohtui", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/salasana/unohtui", "POST", "/salasana/unohtui", [BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/salasana/uusi", "GET", "/salasana/uusi", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/salasana/uusi", "POST", "/salasana/uusi", [BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/kutsu/{token}", "GET", "/kutsu/unknown-token", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/kutsu/{token}", "POST", "/kutsu/unknown-token?handler=Register", [BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/kunta/jasenet", "GET", "/kunta/jasenet", [ToSignIn, Forbidden, Forbidden, Forbidden, Ok, Forbidden]),
        // Signed in without a token: refused by antiforgery before the role check (with a token a non-admin gets 403:
        // MemberAdministrationTests).
        ("/kunta/jasenet", "POST", "/kunta/jasenet?handler=Invite", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/verkosto/loki", "GET", "/verkosto/loki", [ToSignIn, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        ("/verkosto/kunnat", "GET", "/verkosto/kunnat", [ToSignIn, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        ("/verkosto/kunnat", "POST", "/verkosto/kunnat", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/jobs", "GET", "/jobs", [Unauthorized, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        // Notifications: a member's own notifications, follows and digest settings; the unsubscribe link needs its signed
        // token (none here: 404 for everyone, before any change; the page's own form also needs its form token); the
        // operations page is the network admins'.
        ("/ilmoitukset", "GET", "/ilmoitukset", [ToSignIn, Ok, Ok, Ok, Ok, Ok]),
        ("/ilmoitukset", "POST", "/ilmoitukset?handler=ReadAll", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/ilmoitukset/{id:guid}/avaa", "GET", "/ilmoitukset/" + MissingId + "/avaa", [ToSignIn, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/ilmoitukset/asetukset", "GET", "/ilmoitukset/asetukset", [ToSignIn, Ok, Ok, Ok, Ok, Ok]),
        ("/ilmoitukset/asetukset", "POST", "/ilmoitukset/asetukset", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/seuratut", "GET", "/seuratut", [ToSignIn, Ok, Ok, Ok, Ok, Ok]),
        ("/seuraa", "GET", "/seuraa", [ToSignIn, ToHome, ToHome, ToHome, ToHome, ToHome]),
        ("/seuraa", "POST", "/seuraa?handler=Follow", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/tilaus/peru", "GET", "/tilaus/peru?t=forged", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/tilaus/peru", "POST", "/tilaus/peru?t=forged", [BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/api/v1/digest/unsubscribe", "POST", "/api/v1/digest/unsubscribe?t=forged", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/verkosto/tiedotteet", "GET", "/verkosto/tiedotteet", [ToSignIn, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        ("/verkosto/tiedotteet", "POST", "/verkosto/tiedotteet?handler=Replay", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/verkosto/haku", "GET", "/verkosto/haku", [ToSignIn, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        ("/verkosto/haku", "POST", "/verkosto/haku?handler=Rebuild", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/api/v1/municipalities/", "GET", "/api/v1/municipalities", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/api/v1/municipalities/{code}", "GET", "/api/v1/municipalities/{foreign}", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/api/v1/members", "GET", "/api/v1/members", [Unauthorized, Ok, Ok, Ok, Ok, Forbidden]),
        ("/api/v1/search", "GET", "/api/v1/search?q=lasku", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/api/v1/search/similar/{id:guid}", "GET", "/api/v1/search/similar/{foreignDraft}", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/api/v1/practices/", "GET", "/api/v1/practices", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/api/v1/practices/", "POST", "/api/v1/practices", [Unauthorized, NoMediaType, NoMediaType, NoMediaType, NoMediaType, Forbidden]),
        ("/api/v1/practices/{id:guid}", "GET", "/api/v1/practices/{practice}", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/api/v1/practices/{id:guid}", "GET", "/api/v1/practices/{foreignDraft}", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/api/v1/practices/{id:guid}", "PUT", "/api/v1/practices/{practice}", [Unauthorized, NoIfMatch, NoIfMatch, NoIfMatch, NoIfMatch, Forbidden]),
        ("/api/v1/practices/{id:guid}", "DELETE", "/api/v1/practices/{practice}", [Unauthorized, NoIfMatch, NoIfMatch, NoIfMatch, NoIfMatch, Forbidden]),
        ("/api/v1/practices/{id:guid}/history", "GET", "/api/v1/practices/{practice}/history", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/api/v1/practices/{id:guid}/history", "GET", "/api/v1/practices/{foreignDraft}/history", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/api/v1/practices/{id:guid}/transitions", "POST", "/api/v1/practices/{practice}/transitions", [Unauthorized, NoIfMatch, NoIfMatch, NoIfMatch, NoIfMatch, Forbidden]),
        // Restoring an item that is not deleted is a conflict for its own municipality, and not there at all for others.
        ("/api/v1/practices/{id:guid}/restore", "POST", "/api/v1/practices/{practice}/restore", [Unauthorized, Conflict, Conflict, Conflict, Conflict, Forbidden]),
        ("/api/v1/practices/{id:guid}/restore", "POST", "/api/v1/practices/{foreignDraft}/restore", [Unauthorized, NotFound, NotFound, NotFound, NotFound, Forbidden]),
        // Editors only (reviewers edit published items); the form without a file is then refused naming the field.
        ("/api/v1/practices/{id:guid}/attachments", "POST", "/api/v1/practices/{practice}/attachments", [Unauthorized, Forbidden, Forbidden, BadRequest, BadRequest, Forbidden]),
        ("/api/v1/practices/{id:guid}/attachments", "POST", "/api/v1/practices/{foreignDraft}/attachments", [Unauthorized, NotFound, NotFound, NotFound, NotFound, Forbidden]),
        ("/api/v1/practices/{id:guid}/attachments/{attachmentId:guid}", "GET", "/api/v1/practices/{practice}/attachments/{attachment}", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/api/v1/practices/{id:guid}/attachments/{attachmentId:guid}", "DELETE", "/api/v1/practices/{practice}/attachments/" + MissingId, [Unauthorized, Forbidden, Forbidden, NotFound, NotFound, Forbidden]),
        // Projects: {project} is the own municipality's published public project (nobody in the matrix is on its team), with
        // {projectDocument}, {projectMilestone} and {projectUpdate}; {foreignProjectDraft} another municipality's draft.
        ("/api/v1/projects/", "GET", "/api/v1/projects", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/api/v1/projects/", "POST", "/api/v1/projects", [Unauthorized, NoMediaType, NoMediaType, NoMediaType, NoMediaType, Forbidden]),
        ("/api/v1/projects/{id:guid}", "GET", "/api/v1/projects/{project}", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/api/v1/projects/{id:guid}", "GET", "/api/v1/projects/{foreignProjectDraft}", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/api/v1/projects/{id:guid}", "PUT", "/api/v1/projects/{project}", [Unauthorized, NoIfMatch, NoIfMatch, NoIfMatch, NoIfMatch, Forbidden]),
        ("/api/v1/projects/{id:guid}", "DELETE", "/api/v1/projects/{project}", [Unauthorized, NoIfMatch, NoIfMatch, NoIfMatch, NoIfMatch, Forbidden]),
        ("/api/v1/projects/{id:guid}/history", "GET", "/api/v1/projects/{project}/history", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/api/v1/projects/{id:guid}/history", "GET", "/api/v1/projects/{foreignProjectDraft}/history", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/api/v1/projects/{id:guid}/transitions", "POST", "/api/v1/projects/{project}/transitions", [Unauthorized, NoIfMatch, NoIfMatch, NoIfMatch, NoIfMatch, Forbidden]),
        ("/api/v1/projects/{id:guid}/restore", "POST", "/api/v1/projects/{project}/restore", [Unauthorized, Conflict, Conflict, Conflict, Conflict, Forbidden]),
        ("/api/v1/projects/{id:guid}/restore", "POST", "/api/v1/projects/{foreignProjectDraft}/restore", [Unauthorized, NotFound, NotFound, NotFound, NotFound, Forbidden]),
        // The project's editors and team only; the form without a file is then refused naming the field.
        ("/api/v1/projects/{id:guid}/documents", "POST", "/api/v1/projects/{project}/documents", [Unauthorized, Forbidden, Forbidden, BadRequest, BadRequest, Forbidden]),
        ("/api/v1/projects/{id:guid}/documents", "POST", "/api/v1/projects/{foreignProjectDraft}/documents", [Unauthorized, NotFound, NotFound, NotFound, NotFound, Forbidden]),
        ("/api/v1/projects/{id:guid}/documents/{attachmentId:guid}", "GET", "/api/v1/projects/{project}/documents/{projectDocument}", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/api/v1/projects/{id:guid}/documents/{attachmentId:guid}", "DELETE", "/api/v1/projects/{project}/documents/" + MissingId, [Unauthorized, Forbidden, Forbidden, NotFound, NotFound, Forbidden]),
        ("/api/v1/projects/{id:guid}/invitations", "POST", "/api/v1/projects/{project}/invitations", [Unauthorized, NoIfMatch, NoIfMatch, NoIfMatch, NoIfMatch, Forbidden]),
        ("/api/v1/projects/{id:guid}/participants/me/answer", "POST", "/api/v1/projects/{project}/participants/me/answer", [Unauthorized, NoIfMatch, NoIfMatch, NoIfMatch, NoIfMatch, Forbidden]),
        ("/api/v1/projects/{id:guid}/participants/me/leave", "POST", "/api/v1/projects/{project}/participants/me/leave", [Unauthorized, NoIfMatch, NoIfMatch, NoIfMatch, NoIfMatch, Forbidden]),
        ("/api/v1/projects/{id:guid}/participants/me/contribution", "PUT", "/api/v1/projects/{project}/participants/me/contribution", [Unauthorized, NoMediaType, NoMediaType, NoMediaType, NoMediaType, Forbidden]),
        ("/api/v1/projects/{id:guid}/team", "POST", "/api/v1/projects/{project}/team", [Unauthorized, NoIfMatch, NoIfMatch, NoIfMatch, NoIfMatch, Forbidden]),
        ("/api/v1/projects/{id:guid}/team/{personId:guid}", "DELETE", "/api/v1/projects/{project}/team/" + MissingId, [Unauthorized, NoIfMatch, NoIfMatch, NoIfMatch, NoIfMatch, Forbidden]),
        ("/api/v1/projects/{id:guid}/team/{personId:guid}/manager", "PUT", "/api/v1/projects/{project}/team/" + MissingId + "/manager", [Unauthorized, NoIfMatch, NoIfMatch, NoIfMatch, NoIfMatch, Forbidden]),
        ("/api/v1/projects/{id:guid}/milestones", "POST", "/api/v1/projects/{project}/milestones", [Unauthorized, NoIfMatch, NoIfMatch, NoIfMatch, NoIfMatch, Forbidden]),
        ("/api/v1/projects/{id:guid}/milestones/{milestoneId:guid}", "GET", "/api/v1/projects/{project}/milestones/{projectMilestone}", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/api/v1/projects/{id:guid}/milestones/{milestoneId:guid}", "GET", "/api/v1/projects/{foreignProjectDraft}/milestones/{projectMilestone}", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/api/v1/projects/{id:guid}/milestones/{milestoneId:guid}", "PUT", "/api/v1/projects/{project}/milestones/{projectMilestone}", [Unauthorized, NoIfMatch, NoIfMatch, NoIfMatch, NoIfMatch, Forbidden]),
        ("/api/v1/projects/{id:guid}/milestones/{milestoneId:guid}", "DELETE", "/api/v1/projects/{project}/milestones/{projectMilestone}", [Unauthorized, NoIfMatch, NoIfMatch, NoIfMatch, NoIfMatch, Forbidden]),
        ("/api/v1/projects/{id:guid}/milestones/{milestoneId:guid}/completion", "POST", "/api/v1/projects/{project}/milestones/{projectMilestone}/completion", [Unauthorized, NoIfMatch, NoIfMatch, NoIfMatch, NoIfMatch, Forbidden]),
        ("/api/v1/projects/{id:guid}/updates", "POST", "/api/v1/projects/{project}/updates", [Unauthorized, NoMediaType, NoMediaType, NoMediaType, NoMediaType, Forbidden]),
        ("/api/v1/projects/{id:guid}/updates/{updateId:guid}", "GET", "/api/v1/projects/{project}/updates/{projectUpdate}", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/api/v1/projects/{id:guid}/updates/{updateId:guid}", "GET", "/api/v1/projects/{foreignProjectDraft}/updates/{projectUpdate}", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
        // Processes: {process} is the own municipality's published public process with the KPI {processKpi} and a value for
        // 2024-01; {foreignProcessDraft} another municipality's draft. Values are the owner's authors' and reviewers' work.
        ("/api/v1/processes/", "GET", "/api/v1/processes", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/api/v1/processes/", "POST", "/api/v1/processes", [Unauthorized, NoMediaType, NoMediaType, NoMediaType, NoMediaType, Forbidden]),
        ("/api/v1/processes/network-kpis", "GET", "/api/v1/processes/network-kpis", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/api/v1/processes/network-kpis/{kpi}/comparison", "GET", "/api/v1/processes/network-kpis/sales-invoice-processing-days/comparison", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/api/v1/processes/{id:guid}", "GET", "/api/v1/processes/{process}", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/api/v1/processes/{id:guid}", "GET", "/api/v1/processes/{foreignProcessDraft}", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/api/v1/processes/{id:guid}", "PUT", "/api/v1/processes/{process}", [Unauthorized, NoIfMatch, NoIfMatch, NoIfMatch, NoIfMatch, Forbidden]),
        ("/api/v1/processes/{id:guid}", "DELETE", "/api/v1/processes/{process}", [Unauthorized, NoIfMatch, NoIfMatch, NoIfMatch, NoIfMatch, Forbidden]),
        ("/api/v1/processes/{id:guid}/history", "GET", "/api/v1/processes/{process}/history", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/api/v1/processes/{id:guid}/bpmn", "GET", "/api/v1/processes/{process}/bpmn", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/api/v1/processes/{id:guid}/bpmn", "GET", "/api/v1/processes/{foreignProcessDraft}/bpmn", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/api/v1/processes/{id:guid}/history", "GET", "/api/v1/processes/{foreignProcessDraft}/history", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/api/v1/processes/{id:guid}/transitions", "POST", "/api/v1/processes/{process}/transitions", [Unauthorized, NoIfMatch, NoIfMatch, NoIfMatch, NoIfMatch, Forbidden]),
        ("/api/v1/processes/{id:guid}/restore", "POST", "/api/v1/processes/{process}/restore", [Unauthorized, Conflict, Conflict, Conflict, Conflict, Forbidden]),
        ("/api/v1/processes/{id:guid}/restore", "POST", "/api/v1/processes/{foreignProcessDraft}/restore", [Unauthorized, NotFound, NotFound, NotFound, NotFound, Forbidden]),
        ("/api/v1/processes/{id:guid}/kpis", "POST", "/api/v1/processes/{process}/kpis", [Unauthorized, NoIfMatch, NoIfMatch, NoIfMatch, NoIfMatch, Forbidden]),
        ("/api/v1/processes/{id:guid}/kpis/{kpiId:guid}", "PUT", "/api/v1/processes/{process}/kpis/{processKpi}", [Unauthorized, NoIfMatch, NoIfMatch, NoIfMatch, NoIfMatch, Forbidden]),
        ("/api/v1/processes/{id:guid}/kpis/{kpiId:guid}", "DELETE", "/api/v1/processes/{process}/kpis/{processKpi}", [Unauthorized, NoIfMatch, NoIfMatch, NoIfMatch, NoIfMatch, Forbidden]),
        ("/api/v1/processes/{id:guid}/kpis/{kpiId:guid}/measurements", "GET", "/api/v1/processes/{process}/kpis/{processKpi}/measurements", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/api/v1/processes/{id:guid}/kpis/{kpiId:guid}/measurements", "GET", "/api/v1/processes/{foreignProcessDraft}/kpis/{processKpi}/measurements", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/api/v1/processes/{id:guid}/kpis/{kpiId:guid}/measurements", "POST", "/api/v1/processes/{process}/kpis/{processKpi}/measurements", [Unauthorized, NoMediaType, NoMediaType, NoMediaType, NoMediaType, Forbidden]),
        ("/api/v1/processes/{id:guid}/kpis/{kpiId:guid}/measurements/{period}", "PUT", "/api/v1/processes/{process}/kpis/{processKpi}/measurements/2024-01", [Unauthorized, NoIfMatch, NoIfMatch, NoIfMatch, NoIfMatch, Forbidden]),
        ("/api/v1/processes/{id:guid}/kpis/{kpiId:guid}/measurements/{period}/history", "GET", "/api/v1/processes/{process}/kpis/{processKpi}/measurements/2024-01/history", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/prosessit", "GET", "/prosessit", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/prosessit", "GET", "/prosessit?teema=Nope&mittari=nope", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/prosessit/{id:guid}", "GET", "/prosessit/{process}", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/prosessit/{id:guid}", "GET", "/prosessit/{foreignProcessDraft}", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/prosessit/{id:guid}/historia", "GET", "/prosessit/{process}/historia", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/prosessit/{id:guid}/historia", "GET", "/prosessit/{foreignProcessDraft}/historia", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/prosessit/{id:guid}/tila", "GET", "/prosessit/{process}/tila?step=Archive", [ToSignIn, Forbidden, Forbidden, Ok, Ok, Forbidden]),
        ("/prosessit/{id:guid}/tila", "GET", "/prosessit/{foreignProcessDraft}/tila", [ToSignIn, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/prosessit/{id:guid}/tila", "POST", "/prosessit/{process}/tila", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/prosessit/{id:guid}/poista", "GET", "/prosessit/{process}/poista", [ToSignIn, Forbidden, Forbidden, Ok, Ok, Forbidden]),
        ("/prosessit/{id:guid}/poista", "GET", "/prosessit/{foreignProcessDraft}/poista", [ToSignIn, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/prosessit/{id:guid}/poista", "POST", "/prosessit/{process}/poista", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/prosessit/{id:guid}/poista", "POST", "/prosessit/{process}/poista?handler=Restore", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/kunta/prosessit", "GET", "/kunta/prosessit", [ToSignIn, Ok, Ok, Ok, Ok, Forbidden]),
        // The measurement upload: the owner's authors and reviewers (admins review); 404 where the process cannot be opened.
        ("/prosessit/{id:guid}/mittarit/{kpiId:guid}/lataa", "GET", "/prosessit/{process}/mittarit/{processKpi}/lataa", [ToSignIn, Forbidden, Ok, Ok, Ok, Forbidden]),
        ("/prosessit/{id:guid}/mittarit/{kpiId:guid}/lataa", "GET", "/prosessit/{foreignProcessDraft}/mittarit/{processKpi}/lataa", [ToSignIn, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/prosessit/{id:guid}/mittarit/{kpiId:guid}/lataa", "GET", "/prosessit/{process}/mittarit/" + MissingId + "/lataa", [ToSignIn, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/prosessit/{id:guid}/mittarit/{kpiId:guid}/lataa", "POST", "/prosessit/{process}/mittarit/{processKpi}/lataa", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/prosessit/{id:guid}/mittarit/{kpiId:guid}/lataa", "POST", "/prosessit/{process}/mittarit/{processKpi}/lataa?handler=Preview", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/mittarit", "GET", "/mittarit", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/mittarit/{code}", "GET", "/mittarit/sales-invoice-processing-days", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/mittarit/{code}", "GET", "/mittarit/no-such-kpi", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/prosessit/uusi", "GET", "/prosessit/uusi", [ToSignIn, Forbidden, Ok, Ok, Ok, Forbidden]),
        ("/prosessit/uusi", "POST", "/prosessit/uusi", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/prosessit/{id:guid}/muokkaa", "GET", "/prosessit/{process}/muokkaa", [ToSignIn, Forbidden, Forbidden, Ok, Ok, Forbidden]),
        ("/prosessit/{id:guid}/muokkaa", "GET", "/prosessit/{foreignProcessDraft}/muokkaa", [ToSignIn, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/prosessit/{id:guid}/muokkaa", "POST", "/prosessit/{process}/muokkaa", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        // KPI pages: defining KPIs and recording values is the owner's authors' and reviewers' work (403 for everyone else
        // who may open the process); the values and their history are for whoever may open it.
        ("/prosessit/{id:guid}/mittarit/uusi", "GET", "/prosessit/{process}/mittarit/uusi", [ToSignIn, Forbidden, Ok, Ok, Ok, Forbidden]),
        ("/prosessit/{id:guid}/mittarit/uusi", "GET", "/prosessit/{foreignProcessDraft}/mittarit/uusi", [ToSignIn, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/prosessit/{id:guid}/mittarit/uusi", "POST", "/prosessit/{process}/mittarit/uusi", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/prosessit/{id:guid}/mittarit/{kpiId:guid}/muokkaa", "GET", "/prosessit/{process}/mittarit/{processKpi}/muokkaa", [ToSignIn, Forbidden, Ok, Ok, Ok, Forbidden]),
        ("/prosessit/{id:guid}/mittarit/{kpiId:guid}/muokkaa", "GET", "/prosessit/{foreignProcessDraft}/mittarit/{processKpi}/muokkaa", [ToSignIn, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/prosessit/{id:guid}/mittarit/{kpiId:guid}/muokkaa", "POST", "/prosessit/{process}/mittarit/{processKpi}/muokkaa", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/prosessit/{id:guid}/mittarit/{kpiId:guid}/poista", "GET", "/prosessit/{process}/mittarit/{processKpi}/poista", [ToSignIn, Forbidden, Ok, Ok, Ok, Forbidden]),
        ("/prosessit/{id:guid}/mittarit/{kpiId:guid}/poista", "GET", "/prosessit/{foreignProcessDraft}/mittarit/{processKpi}/poista", [ToSignIn, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/prosessit/{id:guid}/mittarit/{kpiId:guid}/poista", "POST", "/prosessit/{process}/mittarit/{processKpi}/poista", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/prosessit/{id:guid}/mittarit/{kpiId:guid}/arvot", "GET", "/prosessit/{process}/mittarit/{processKpi}/arvot", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/prosessit/{id:guid}/mittarit/{kpiId:guid}/arvot", "GET", "/prosessit/{foreignProcessDraft}/mittarit/{processKpi}/arvot", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/prosessit/{id:guid}/mittarit/{kpiId:guid}/arvot", "POST", "/prosessit/{process}/mittarit/{processKpi}/arvot", [BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/prosessit/{id:guid}/mittarit/{kpiId:guid}/arvot/{period}", "GET", "/prosessit/{process}/mittarit/{processKpi}/arvot/2024-01", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/prosessit/{id:guid}/mittarit/{kpiId:guid}/arvot/{period}", "GET", "/prosessit/{process}/mittarit/{processKpi}/arvot/2024-02", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/prosessit/{id:guid}/mittarit/{kpiId:guid}/arvot/{period}", "GET", "/prosessit/{foreignProcessDraft}/mittarit/{processKpi}/arvot/2024-01", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/openapi/{documentName}.json", "GET", "/openapi/v1.json", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/api/docs/{documentName?}", "GET", "/api/docs/", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/api/docs/scalar.js", "GET", "/api/docs/scalar.js", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/api/docs/scalar.aspnetcore.js", "GET", "/api/docs/scalar.aspnetcore.js", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/api/docs/favicon.svg", "GET", "/api/docs/favicon.svg", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/connect/authorize", "GET", "/connect/authorize", [BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/connect/authorize", "POST", "/connect/authorize", [BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/connect/token", "POST", "/connect/token", [BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/connect/userinfo", "GET", "/connect/userinfo", [Unauthorized, Unauthorized, Unauthorized, Unauthorized, Unauthorized, Unauthorized]),
        ("/connect/userinfo", "POST", "/connect/userinfo", [BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/connect/endsession", "GET", "/connect/endsession", [ToHome, Ok, Ok, Ok, Ok, Ok]),
        ("/connect/endsession", "POST", "/connect/endsession", [BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/verkosto/asiakkaat", "GET", "/verkosto/asiakkaat", [ToSignIn, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        ("/verkosto/asiakkaat", "POST", "/verkosto/asiakkaat", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/verkosto/asiakkaat/uusi", "GET", "/verkosto/asiakkaat/uusi", [ToSignIn, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        ("/verkosto/asiakkaat/uusi", "POST", "/verkosto/asiakkaat/uusi", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/haku", "GET", "/haku?q=lasku", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/kaytannot", "GET", "/kaytannot", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/kaytannot/uusimmat", "GET", "/kaytannot/uusimmat", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/kaytannot/{id:guid}", "GET", "/kaytannot/{ownPractice}", [NotFound, Ok, Ok, Ok, Ok, NotFound]),
        ("/kaytannot/{id:guid}", "GET", "/kaytannot/{foreignPractice}", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/kaytannot/{id:guid}/historia", "GET", "/kaytannot/{ownPractice}/historia", [NotFound, Ok, Ok, Ok, Ok, NotFound]),
        ("/kaytannot/{id:guid}/historia", "GET", "/kaytannot/{foreignPractice}/historia", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/kaytannot/{id:guid}/liitteet/{attachmentId:guid}", "GET", "/kaytannot/{ownPractice}/liitteet/{ownAttachment}", [NotFound, Ok, Ok, Ok, Ok, NotFound]),
        ("/kaytannot/{id:guid}/liitteet/{attachmentId:guid}", "GET", "/kaytannot/{foreignPractice}/liitteet/{foreignAttachment}", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/kaytannot/{id:guid}/liitteet/{attachmentId:guid}", "GET", "/kaytannot/{foreignPractice}/liitteet/{ownAttachment}", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/kaytannot/uusi", "GET", "/kaytannot/uusi", [ToSignIn, Forbidden, Ok, Ok, Ok, Forbidden]),
        ("/kaytannot/uusi", "POST", "/kaytannot/uusi", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/kaytannot/{id:guid}/muokkaa", "GET", "/kaytannot/{practice}/muokkaa", [ToSignIn, Forbidden, Forbidden, Ok, Ok, Forbidden]),
        ("/kaytannot/{id:guid}/muokkaa", "POST", "/kaytannot/{practice}/muokkaa?handler=Upload", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/kaytannot/{id:guid}/tila", "GET", "/kaytannot/{practice}/tila?step=Archive", [ToSignIn, Forbidden, Forbidden, Ok, Ok, Forbidden]),
        ("/kaytannot/{id:guid}/tila", "POST", "/kaytannot/{practice}/tila", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/kaytannot/{id:guid}/poista", "GET", "/kaytannot/{practice}/poista", [ToSignIn, Forbidden, Forbidden, Ok, Ok, Forbidden]),
        ("/kaytannot/{id:guid}/poista", "POST", "/kaytannot/{practice}/poista", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        // Not in the bin: the admin is told so (409); deleting and restoring is PracticeWorkflowPageTests.
        ("/kaytannot/{id:guid}/palauta", "GET", "/kaytannot/{practice}/palauta", [ToSignIn, Forbidden, Forbidden, Forbidden, Conflict, Forbidden]),
        ("/kaytannot/{id:guid}/palauta", "POST", "/kaytannot/{practice}/palauta", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/kunta/kaytannot", "GET", "/kunta/kaytannot", [ToSignIn, Ok, Ok, Ok, Ok, Forbidden]),
        ("/kunta/kaytannot/poistetut", "GET", "/kunta/kaytannot/poistetut", [ToSignIn, Forbidden, Forbidden, Forbidden, Ok, Forbidden]),
        // Project pages, as the practice pages: {ownProject}/{ownProjectDocument} an internal project of the reader's
        // municipality and its document, {foreignProject}/{foreignProjectDocument} a public project of another one.
        // What a project's own people (its manager, team, participants) get is ProjectRoleMatrixTests.
        ("/hankkeet", "GET", "/hankkeet", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/hankkeet/uusi", "GET", "/hankkeet/uusi", [ToSignIn, Forbidden, Ok, Ok, Ok, Forbidden]),
        ("/hankkeet/uusi", "POST", "/hankkeet/uusi", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/hankkeet/{id:guid}", "GET", "/hankkeet/{ownProject}", [NotFound, Ok, Ok, Ok, Ok, NotFound]),
        ("/hankkeet/{id:guid}", "GET", "/hankkeet/{foreignProject}", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/hankkeet/{id:guid}", "GET", "/hankkeet/{foreignProjectDraft}", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
        // The page's forms (update, milestones, documents) need no sign-in to be refused: the module decides who may.
        ("/hankkeet/{id:guid}", "POST", "/hankkeet/{project}?handler=Update", [BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/hankkeet/{id:guid}/historia", "GET", "/hankkeet/{ownProject}/historia", [NotFound, Ok, Ok, Ok, Ok, NotFound]),
        ("/hankkeet/{id:guid}/historia", "GET", "/hankkeet/{foreignProject}/historia", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/hankkeet/{id:guid}/aikajana", "GET", "/hankkeet/{ownProject}/aikajana", [NotFound, Ok, Ok, Ok, Ok, NotFound]),
        ("/hankkeet/{id:guid}/aikajana", "GET", "/hankkeet/{foreignProject}/aikajana", [Ok, Ok, Ok, Ok, Ok, Ok]),
        // A milestone's form opens for the project's managers only; for everyone else there is no such form.
        ("/hankkeet/{id:guid}/aikajana", "GET", "/hankkeet/{project}/aikajana?muokkaa={projectMilestone}", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/hankkeet/{id:guid}/aikajana", "POST", "/hankkeet/{project}/aikajana?handler=UpdateMilestone&milestoneId={projectMilestone}", [BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/hankkeet/{id:guid}/dokumentit/{attachmentId:guid}", "GET", "/hankkeet/{ownProject}/dokumentit/{ownProjectDocument}", [NotFound, Ok, Ok, Ok, Ok, NotFound]),
        ("/hankkeet/{id:guid}/dokumentit/{attachmentId:guid}", "GET", "/hankkeet/{foreignProject}/dokumentit/{foreignProjectDocument}", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/hankkeet/{id:guid}/dokumentit/{attachmentId:guid}", "GET", "/hankkeet/{foreignProject}/dokumentit/{ownProjectDocument}", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/hankkeet/{id:guid}/muokkaa", "GET", "/hankkeet/{project}/muokkaa", [ToSignIn, Forbidden, Forbidden, Ok, Ok, Forbidden]),
        ("/hankkeet/{id:guid}/muokkaa", "POST", "/hankkeet/{project}/muokkaa", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/hankkeet/{id:guid}/tila", "GET", "/hankkeet/{project}/tila?step=Archive", [ToSignIn, Forbidden, Forbidden, Ok, Ok, Forbidden]),
        ("/hankkeet/{id:guid}/tila", "POST", "/hankkeet/{project}/tila", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/hankkeet/{id:guid}/poista", "GET", "/hankkeet/{project}/poista", [ToSignIn, Forbidden, Forbidden, Ok, Ok, Forbidden]),
        ("/hankkeet/{id:guid}/poista", "POST", "/hankkeet/{project}/poista", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        // Restoring is a form of the delete page (there is no restore page), shown on a deleted project to its admins.
        ("/hankkeet/{id:guid}/poista", "POST", "/hankkeet/{project}/poista?handler=Restore", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/hankkeet/{id:guid}/osallistujat", "GET", "/hankkeet/{ownProject}/osallistujat", [ToSignIn, Ok, Ok, Ok, Ok, NotFound]),
        ("/hankkeet/{id:guid}/osallistujat", "GET", "/hankkeet/{foreignProject}/osallistujat", [ToSignIn, Ok, Ok, Ok, Ok, Ok]),
        ("/hankkeet/{id:guid}/osallistujat", "GET", "/hankkeet/{foreignProjectDraft}/osallistujat", [ToSignIn, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/hankkeet/{id:guid}/osallistujat", "POST", "/hankkeet/{project}/osallistujat?handler=Invite", [ToSignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        ("/kunta/hankkeet", "GET", "/kunta/hankkeet", [ToSignIn, Ok, Ok, Ok, Ok, Forbidden]),
        ("/health/live", "GET", "/health/live", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/health/ready", "GET", "/health/ready", [Ok, Ok, Ok, Ok, Ok, Ok]),
    ];

    /// <summary>An attachment id that exists nowhere.</summary>
    private const string MissingId = "00000000-0000-0000-0000-00000000a77a";

    private static readonly ConditionalWeakTable<PracticeNetworkFactory, Task<Dictionary<string, string>>> MatrixPractices = [];

    public static TheoryData<string, string, Who, HttpStatusCode> Cases()
    {
        var data = new TheoryData<string, string, Who, HttpStatusCode>();
        foreach (var (_, method, request, expected) in Matrix)
        {
            foreach (var who in Enum.GetValues<Who>())
            {
                data.Add(method, request, who, expected[(int)who]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_reader_gets_the_status_the_matrix_says(string method, string request, Who who, HttpStatusCode expected)
    {
        using var session = await SessionForAsync(who);
        var url = request.Replace("{own}", "316", StringComparison.Ordinal).Replace("{foreign}", "049", StringComparison.Ordinal);
        if (url.Contains('{', StringComparison.Ordinal))
        {
            foreach (var (placeholder, value) in await MatrixPractices.GetValue(factory, CreateMatrixPracticesAsync))
            {
                url = url.Replace(placeholder, value, StringComparison.Ordinal);
            }
        }
        using var message = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "POST")
        {
            message.Content = new FormUrlEncodedContent([]);
        }

        if (who != Who.Anonymous && url.StartsWith("/api/", StringComparison.Ordinal))
        {
            message.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await factory.AccessTokenForAsync(session));
        }

        using var response = await session.Client.SendAsync(message);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect)
        {
            var location = response.Headers.Location!;
            var target = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
            Assert.True(target == "/" || target.StartsWith("/kirjaudu", StringComparison.Ordinal), $"redirected to {target}");
        }
    }

    [Fact]
    public void Every_endpoint_is_in_the_matrix()
    {
        var listed = Matrix.Select(row => (row.Pattern, row.Method)).ToHashSet();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(endpoint => MethodsOf(endpoint).Select(method => (Pattern: "/" + endpoint.RoutePattern.RawText!.TrimStart('/'), Method: method)))
            .Distinct()
            .ToList();

        var missing = endpoints.Where(endpoint => !listed.Contains(endpoint)).ToList();

        Assert.True(missing.Count == 0, "Not in the permission matrix: " + string.Join(", ", missing.Select(m => $"{m.Method} {m.Pattern}")));
    }

    private static List<string> MethodsOf(RouteEndpoint endpoint)
    {
        // HEAD runs the GET endpoint itself, with its authorization (ApiHeadRequestTests).
        var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Where(method => method != "HEAD").ToList();
        if (methods is { Count: > 0 })
        {
            return methods;
        }

        // Razor Pages: GET always; POST when the page has a POST handler.
        var page = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.CompiledPageActionDescriptor>();
        var handlers = page?.HandlerMethods.Select(handler => handler.HttpMethod.ToUpperInvariant()).Distinct().ToList() ?? ["GET"];
        return handlers.Count == 0 ? ["GET"] : handlers;
    }

    /// <summary>The practices the rows name, made once per host.</summary>
    private static async Task<Dictionary<string, string>> CreateMatrixPracticesAsync(PracticeNetworkFactory factory)
    {
        var practice = await factory.PublishedPracticeAsync("316", Audience.Public);
        var attachment = await factory.AttachAsync(practice.Reviewer, MunicipalityRoles.Reviewer, practice.Id, "liite.txt", "liite"u8.ToArray());
        var espooAuthor = await factory.NewMemberAsync("049", MunicipalityRoles.Author);
        var foreignDraft = await factory.AsMemberAsync(espooAuthor, MunicipalityRoles.Author, sender =>
            sender.Send(new CreatePractice(Practices.SampleContent())).AsTask());
        var (ownPractice, ownAttachment) = await PracticeWithFileAsync(factory, "316", Audience.Internal);
        var (foreignPractice, foreignAttachment) = await PracticeWithFileAsync(factory, "049", Audience.Public);
        var project = await MatrixProjectAsync(factory);
        var (ownProject, ownProjectDocument) = await ProjectWithDocumentAsync(factory, "316", Audience.Internal);
        var (foreignProject, foreignProjectDocument) = await ProjectWithDocumentAsync(factory, "049", Audience.Public);
        var espooManager = await factory.NewMemberAsync("049", MunicipalityRoles.Author);
        var foreignProjectDraft = await factory.AsMemberAsync(espooManager, MunicipalityRoles.Author, sender =>
            sender.Send(new CreateProject(ProjectsApiCalls.SampleProject())).AsTask());
        var process = await MatrixProcessAsync(factory);
        var espooProcessAuthor = await factory.ActorAsync("049", MunicipalityRoles.Author);
        var foreignProcessDraft = await factory.SendAsync(espooProcessAuthor, new CreateProcess(Processes.SampleContent()));
        return new Dictionary<string, string>
        {
            ["{processKpi}"] = process.KpiId.ToString(),
            ["{foreignProcessDraft}"] = foreignProcessDraft.ToString(),
            ["{process}"] = process.Id.ToString(),
            ["{projectDocument}"] = project.Document.ToString(),
            ["{ownProjectDocument}"] = ownProjectDocument.ToString(),
            ["{ownProject}"] = ownProject.ToString(),
            ["{foreignProjectDocument}"] = foreignProjectDocument.ToString(),
            ["{foreignProject}"] = foreignProject.ToString(),
            ["{projectMilestone}"] = project.Milestone.ToString(),
            ["{projectUpdate}"] = project.Update.ToString(),
            ["{foreignProjectDraft}"] = foreignProjectDraft.ToString(),
            ["{project}"] = project.Id.ToString(),
            ["{practice}"] = practice.Id.ToString(),
            ["{attachment}"] = attachment.ToString(),
            ["{foreignDraft}"] = foreignDraft.ToString(),
            ["{ownPractice}"] = ownPractice.ToString(),
            ["{ownAttachment}"] = ownAttachment.ToString(),
            ["{foreignPractice}"] = foreignPractice.ToString(),
            ["{foreignAttachment}"] = foreignAttachment.ToString(),
        };
    }

    /// <summary>A published public project of the own municipality, with a document, a milestone and an update, by a manager and reviewer of its own.</summary>
    private static async Task<(Guid Id, Guid Document, Guid Milestone, Guid Update)> MatrixProjectAsync(PracticeNetworkFactory factory)
    {
        var manager = await factory.NewMemberAsync("316", MunicipalityRoles.Author);
        var reviewer = await factory.NewMemberAsync("316", MunicipalityRoles.Reviewer);
        Task<T> AsManager<T>(Func<ISender, ValueTask<T>> work) => factory.AsMemberAsync(manager, MunicipalityRoles.Author, sender => work(sender).AsTask());
        var id = await AsManager(sender => sender.Send(new CreateProject(ProjectsApiCalls.SampleProject(Audience.Public))));
        var version = await AsManager(sender => sender.Send(new TakeProjectStep(id, WorkflowStep.SubmitForReview, 0)));
        version = await factory.AsMemberAsync(reviewer, MunicipalityRoles.Reviewer, sender => sender.Send(new TakeProjectStep(id, WorkflowStep.Publish, version)).AsTask());
        var milestone = await AsManager(sender => sender.Send(new AddMilestone(id, "Pilotti", new DateOnly(2026, 5, 31), manager.MunicipalityId, version)));
        var update = await AsManager(sender => sender.Send(new PostProjectUpdate(id, "Pilotti alkoi.")));
        using var file = new MemoryStream("suunnitelma"u8.ToArray());
        var document = await AsManager(sender => sender.Send(new AddProjectDocument(id, "suunnitelma.txt", file)));
        return (id, document, milestone.MilestoneId, update);
    }

    /// <summary>A published public process of the own municipality with one KPI and its value for 2024-01.</summary>
    private static async Task<MeasuredProcess> MatrixProcessAsync(PracticeNetworkFactory factory)
    {
        var process = await factory.MeasuredProcessAsync("316", Audience.Public);
        await factory.SendAsync(process.Author, new RecordMeasurement(process.Id, process.KpiId, KpiPeriod.Month(2024, 1), 6m));
        return process;
    }

    /// <summary>A published project of <paramref name="code"/> with a document, by a manager and reviewer of its own.</summary>
    private static async Task<(Guid Project, Guid Document)> ProjectWithDocumentAsync(PracticeNetworkFactory factory, string code, Audience audience)
    {
        var manager = await factory.ActorAsync(code, MunicipalityRoles.Author);
        var id = await factory.DraftProjectAsync(manager, ProjectsApiCalls.SampleProject(audience));
        await factory.PublishProjectAsync(manager, await factory.ActorAsync(code, MunicipalityRoles.Reviewer), id);
        using var file = new MemoryStream("muistio"u8.ToArray());
        return (id, await factory.SendAsync(manager, new AddProjectDocument(id, "muistio.txt", file)));
    }

    private static async Task<(Guid Practice, Guid Attachment)> PracticeWithFileAsync(PracticeNetworkFactory factory, string code, Audience audience)
    {
        var practice = await factory.PublishedPracticeAsync(code, audience);
        var attachment = await factory.AttachAsync(practice.Reviewer, MunicipalityRoles.Reviewer, practice.Id, "liite.txt", "liite"u8.ToArray());
        return (practice.Id, attachment);
    }

    private async Task<WebSession> SessionForAsync(Who who)
    {
        var session = new WebSession(factory);
        if (who == Who.Anonymous)
        {
            return session;
        }

        var roles = who switch
        {
            Who.Viewer => MunicipalityRoles.Viewer,
            Who.Author => MunicipalityRoles.Author,
            Who.Reviewer => MunicipalityRoles.Reviewer,
            Who.MunicipalityAdmin => MunicipalityRoles.MunicipalityAdmin,
            _ => MunicipalityRoles.None,
        };
        var person = roles == MunicipalityRoles.None ? await factory.NewAccountAsync() : await factory.NewAccountAsync(("316", roles));
        if (who == Who.NetworkAdmin)
        {
            await factory.InScopeAsync(null, async services =>
            {
                var roleManager = services.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
                if (!await roleManager.RoleExistsAsync(NetworkRoles.NetworkAdmin))
                {
                    await roleManager.CreateAsync(new IdentityRole<Guid>(NetworkRoles.NetworkAdmin) { Id = Guid.NewGuid() });
                }

                var users = services.GetRequiredService<UserManager<Account>>();
                return await users.AddToRoleAsync((await users.FindByIdAsync(person.PersonId.ToString()))!, NetworkRoles.NetworkAdmin);
            });
        }

        using var signedIn = await session.SignInAsync(person.Email, Accounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return session;
    }
}
