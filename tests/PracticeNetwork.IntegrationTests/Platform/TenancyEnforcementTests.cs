using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.Modules.Tenancy.Data;
using PracticeNetwork.Modules.Tenancy.Domain;
using PracticeNetwork.SharedKernel.Tenancy;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.IntegrationTests;

/// <summary>The tenant rules of SharedKernel's ModuleDbContext, on the real database.</summary>
public sealed class TenancyEnforcementTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task A_row_written_as_one_municipality_is_invisible_to_another_and_to_code_acting_for_none()
    {
        var (personId, karkola) = await factory.NewMemberAsync("316");
        var espoo = await factory.MunicipalityIdAsync("049");

        var seenByKarkola = await CountMembershipsOf(personId, karkola);
        var seenByEspoo = await CountMembershipsOf(personId, espoo);
        var seenByNobody = await CountMembershipsOf(personId, null);

        Assert.Equal((1, 0, 0), (seenByKarkola, seenByEspoo, seenByNobody));
    }

    [Fact]
    public async Task New_rows_are_stamped_with_the_acting_municipality()
    {
        var loppi = await factory.MunicipalityIdAsync("433");
        var personId = Guid.NewGuid();

        var stamped = await factory.InScopeAsync(loppi, async services =>
        {
            var db = services.GetRequiredService<TenancyDbContext>();
            var membership = new Membership(personId, MunicipalityRoles.Author, DateTimeOffset.UtcNow);
            db.Memberships.Add(membership);
            await db.SaveChangesAsync();
            return membership.MunicipalityId;
        });

        Assert.Equal(loppi, stamped);
    }

    [Fact]
    public async Task Writing_a_row_stamped_for_one_municipality_while_acting_for_another_throws()
    {
        var (personId, karkola) = await factory.NewMemberAsync("316");
        var espoo = await factory.MunicipalityIdAsync("049");

        // Load Kärkölä's row through the reviewed network-wide path, then try to change it acting for Espoo.
        var error = await Assert.ThrowsAsync<TenantViolationException>(() => factory.InScopeAsync(espoo, async services =>
        {
            var db = services.GetRequiredService<TenancyDbContext>();
            var membership = await db.Memberships.IgnoreQueryFilters([TenancyDbContext.TenantFilter]).SingleAsync(m => m.PersonId == personId);
            membership.ChangeRoles(MunicipalityRoles.MunicipalityAdmin);
            return await db.SaveChangesAsync();
        }));

        Assert.Contains(karkola.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Equal(MunicipalityRoles.Viewer, await RolesOf(personId, karkola));
    }

    [Fact]
    public async Task Adding_a_row_for_another_municipality_throws()
    {
        var karkola = await factory.MunicipalityIdAsync("316");
        var espoo = await factory.MunicipalityIdAsync("049");

        await Assert.ThrowsAsync<TenantViolationException>(() => factory.InScopeAsync(espoo, async services =>
        {
            var db = services.GetRequiredService<TenancyDbContext>();
            var membership = new Membership(Guid.NewGuid(), MunicipalityRoles.Viewer, DateTimeOffset.UtcNow);
            db.Entry(membership).Property(m => m.MunicipalityId).CurrentValue = karkola;
            db.Memberships.Add(membership);
            return await db.SaveChangesAsync();
        }));
    }

    [Fact]
    public async Task Writing_without_an_acting_municipality_throws()
    {
        await Assert.ThrowsAsync<TenantViolationException>(() => factory.InScopeAsync(null, async services =>
            await services.GetRequiredService<ISender>().Send(new AddMembership(Guid.NewGuid(), MunicipalityRoles.Viewer))));
    }

    [Fact]
    public async Task Unique_indexes_on_tenant_owned_tables_include_the_tenant()
    {
        var indexes = await factory.InScopeAsync(null, services =>
        {
            var model = services.GetRequiredService<TenancyDbContext>().Model;
            return Task.FromResult(model.GetEntityTypes()
                .Where(type => typeof(ITenantOwned).IsAssignableFrom(type.ClrType))
                .SelectMany(type => type.GetIndexes().Where(index => index.IsUnique))
                .ToList());
        });

        Assert.NotEmpty(indexes);
        Assert.All(indexes, index => Assert.Contains(index.Properties, property => property.Name == nameof(ITenantOwned.MunicipalityId)));
    }

    [Fact]
    public async Task The_same_person_can_be_a_member_of_two_municipalities_but_not_twice_of_one()
    {
        var (personId, karkola) = await factory.NewMemberAsync("316");
        var loppi = await factory.MunicipalityIdAsync("433");

        await factory.InScopeAsync(loppi, async services =>
            await services.GetRequiredService<ISender>().Send(new AddMembership(personId, MunicipalityRoles.Author)));
        await Assert.ThrowsAsync<ConflictException>(() => factory.InScopeAsync(karkola, async services =>
            await services.GetRequiredService<ISender>().Send(new AddMembership(personId, MunicipalityRoles.Author))));

        var memberships = await factory.InScopeAsync(null, async services =>
            await services.GetRequiredService<ISender>().Send(new GetMembershipsOfPerson(personId)));
        Assert.Equal(["316", "433"], memberships.Select(m => m.MunicipalityCode));
    }

    [Fact]
    public async Task A_stale_edit_of_a_versioned_row_is_a_concurrency_conflict_not_a_lost_update()
    {
        var (personId, karkola) = await factory.NewMemberAsync("316");

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => factory.InScopeAsync(karkola, async first =>
        {
            var firstDb = first.GetRequiredService<TenancyDbContext>();
            var stale = await firstDb.Memberships.SingleAsync(m => m.PersonId == personId);

            await factory.InScopeAsync(karkola, async second =>
            {
                var secondDb = second.GetRequiredService<TenancyDbContext>();
                (await secondDb.Memberships.SingleAsync(m => m.PersonId == personId)).ChangeRoles(MunicipalityRoles.Reviewer);
                return await secondDb.SaveChangesAsync();
            });

            stale.ChangeRoles(MunicipalityRoles.Author);
            return await firstDb.SaveChangesAsync();
        }));

        Assert.Equal(MunicipalityRoles.Reviewer, await RolesOf(personId, karkola));
    }

    private Task<int> CountMembershipsOf(Guid personId, Guid? actingFor) =>
        factory.InScopeAsync(actingFor, services =>
            services.GetRequiredService<TenancyDbContext>().Memberships.CountAsync(m => m.PersonId == personId));

    private Task<MunicipalityRoles> RolesOf(Guid personId, Guid municipalityId) =>
        factory.InScopeAsync(municipalityId, services =>
            services.GetRequiredService<TenancyDbContext>().Memberships.Where(m => m.PersonId == personId).Select(m => m.Roles).SingleAsync());
}
