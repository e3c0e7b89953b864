using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.UnitTests;

public sealed class TenantContextTests
{
    [Fact]
    public void A_new_context_acts_for_no_municipality()
    {
        Assert.Null(new TenantContext().MunicipalityId);
    }

    [Fact]
    public void Change_acts_for_the_municipality_until_disposed_and_then_restores_the_previous_one()
    {
        var context = new TenantContext();
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();

        using (context.Change(a))
        {
            Assert.Equal(a, context.MunicipalityId);
            using (context.Change(b))
            {
                Assert.Equal(b, context.MunicipalityId);
            }

            Assert.Equal(a, context.MunicipalityId);
        }

        Assert.Null(context.MunicipalityId);
    }

    [Fact]
    public void Disposing_a_scope_twice_does_not_undo_a_later_change()
    {
        var context = new TenantContext();
        var a = Guid.NewGuid();
        var scope = context.Change(a);
        scope.Dispose();
        using (context.Change(Guid.Empty))
        {
            scope.Dispose();
            Assert.Equal(Guid.Empty, context.MunicipalityId);
        }
    }
}
