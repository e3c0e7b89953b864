namespace PracticeNetwork.Web.Composition;

/// <summary>
/// A part of the municipality page (<c>/kunnat/{code}</c>) that a module contributes: the view component
/// <see cref="ViewComponent"/> is invoked with the municipality's id and code, in <see cref="Order"/>.
/// </summary>
public sealed record MunicipalitySection(int Order, string ViewComponent);
