namespace PracticeNetwork.Web.Composition;

/// <summary>A module's API endpoints, mapped by the Host under <c>/api/v1</c>.</summary>
public sealed record ModuleApi(Action<RouteGroupBuilder> Map);
