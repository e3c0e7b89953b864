using Microsoft.EntityFrameworkCore;
using PracticeNetwork.SharedKernel.Content;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.IntegrationTests;

/// <summary>The practices module's tables under the tenant rules: every row stamped with its municipality, invisible and unwritable for others.</summary>
public sealed class PracticeTenancyTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    private async Task<(Guid Id, Actor Reviewer)> PracticeWithEveryKindOfRowAsync(string code)
    {
        var author = await factory.ActorAsync(code, MunicipalityRoles.Author);
        var reviewer = await factory.ActorAsync(code, MunicipalityRoles.Reviewer);
        var content = Practices.SampleContent();
        var (id, version) = await factory.PracticeAsync(author, reviewer, content, WorkflowStep.SubmitForReview, WorkflowStep.Publish);
        await factory.SendAsync(reviewer, new UpdatePractice(id, content with { Solution = "Ratkaisu muuttui." }, version));
        await factory.SendAsync(reviewer, new AddPracticeAttachment(id, "muistio.txt", new MemoryStream("Muistio"u8.ToArray())));
        return (id, reviewer);
    }

    [Fact]
    public async Task Every_row_of_a_practice_is_stamped_with_its_municipality()
    {
        var (id, reviewer) = await PracticeWithEveryKindOfRowAsync("316");

        var owners = await factory.TablesAsync(async db => new
        {
            Practice = await db.Practices.IgnoreQueryFilters().Where(p => p.Id == id).Select(p => p.MunicipalityId).ToListAsync(),
            Revisions = await db.Revisions.IgnoreQueryFilters().Where(r => r.ItemId == id).Select(r => r.MunicipalityId).ToListAsync(),
            Changes = await db.Changes.IgnoreQueryFilters().Where(c => c.ItemId == id).Select(c => c.MunicipalityId).ToListAsync(),
            Attachments = await db.Attachments.IgnoreQueryFilters().Where(a => a.ItemId == id).Select(a => a.MunicipalityId).ToListAsync(),
            Outbox = await db.Outbox.Where(m => m.SubjectId == id).Select(m => m.MunicipalityId).ToListAsync(),
        });

        Assert.Equal([reviewer.MunicipalityId], owners.Practice);
        Assert.Equal([reviewer.MunicipalityId, reviewer.MunicipalityId], owners.Revisions);
        Assert.Equal(5, owners.Changes.Count);
        Assert.All(owners.Changes, owner => Assert.Equal(reviewer.MunicipalityId, owner));
        Assert.Equal([reviewer.MunicipalityId], owners.Attachments);
        Assert.Equal([reviewer.MunicipalityId, reviewer.MunicipalityId], owners.Outbox);
    }

    [Fact]
    public async Task Another_municipality_and_code_acting_for_none_see_none_of_the_rows_through_the_tenant_filter()
    {
        var (id, reviewer) = await PracticeWithEveryKindOfRowAsync("316");
        var espoo = await factory.MunicipalityIdAsync("049");

        foreach (var (acting, expected) in new (Guid? Acting, int Expected)[] { (reviewer.MunicipalityId, 1), (espoo, 0), (null, 0) })
        {
            var counts = await factory.InScopeAsync(acting, async services =>
            {
                var db = services.GetRequiredService<PracticesDbContext>();
                return new[]
                {
                    await db.Practices.CountAsync(p => p.Id == id),
                    Math.Min(1, await db.Revisions.CountAsync(r => r.ItemId == id)),
                    Math.Min(1, await db.Changes.CountAsync(c => c.ItemId == id)),
                    await db.Attachments.CountAsync(a => a.ItemId == id),
                };
            });
            Assert.Equal([expected, expected, expected, expected], counts);
        }
    }

    public static TheoryData<string> Writes() => ["edit practice", "add revision", "add change", "add attachment", "remove attachment", "delete revision"];

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Writing_a_municipalitys_rows_while_acting_for_another_or_for_none_throws_and_changes_nothing(string write)
    {
        var (id, reviewer) = await PracticeWithEveryKindOfRowAsync("316");
        var espoo = await factory.MunicipalityIdAsync("049");
        var before = await SnapshotAsync(id);

        foreach (var acting in new Guid?[] { espoo, null })
        {
            await Assert.ThrowsAsync<TenantViolationException>(() => factory.InScopeAsync(acting, async services =>
            {
                var db = services.GetRequiredService<PracticesDbContext>();
                var practice = await db.Practices.IgnoreQueryFilters([ModuleDbContext.TenantFilter]).SingleAsync(p => p.Id == id);
                var now = DateTimeOffset.UtcNow;
                switch (write)
                {
                    case "edit practice":
                        practice.Edit(practice.Content with { Title = "Kaapattu" }, now);
                        break;
                    case "add revision":
                        db.Revisions.Add(new ContentRevision(practice, 99, reviewer.PersonId, now, ["title"], "{}"));
                        break;
                    case "add change":
                        db.Changes.Add(new ContentChange(practice, reviewer.PersonId, ContentChangeKind.Edited, now));
                        break;
                    case "add attachment":
                        db.Attachments.Add(new ContentAttachment(Guid.NewGuid(), practice, "vieras.pdf", "application/pdf", 1, new string('a', 32), reviewer.PersonId, now));
                        break;
                    case "remove attachment":
                        db.Attachments.Remove(await db.Attachments.IgnoreQueryFilters([ModuleDbContext.TenantFilter]).FirstAsync(a => a.ItemId == id));
                        break;
                    default:
                        db.Revisions.Remove(await db.Revisions.IgnoreQueryFilters([ModuleDbContext.TenantFilter]).FirstAsync(r => r.ItemId == id));
                        break;
                }

                return await db.SaveChangesAsync();
            }));
        }

        Assert.Equal(before, await SnapshotAsync(id));
    }

    private Task<string> SnapshotAsync(Guid id) => factory.TablesAsync(async db =>
    {
        var practice = await db.Practices.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == id);
        var revisions = await db.Revisions.IgnoreQueryFilters().CountAsync(r => r.ItemId == id);
        var changes = await db.Changes.IgnoreQueryFilters().CountAsync(c => c.ItemId == id);
        var attachments = await db.Attachments.IgnoreQueryFilters().CountAsync(a => a.ItemId == id);
        return $"{practice.Title}|{practice.Version}|{revisions}|{changes}|{attachments}";
    });
}
