using Mediator;

namespace PracticeNetwork.Modules.Tenancy.Contracts;

/// <summary>
/// Makes <paramref name="PersonId"/> a member of the acting municipality with <paramref name="Roles"/>.
/// Returns the membership id. Fails validation when the person already is a member.
/// </summary>
public sealed record AddMembership(Guid PersonId, MunicipalityRoles Roles) : ICommand<Guid>;
