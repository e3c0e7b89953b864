using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.Modules.Tenancy.Features.Memberships;
using PracticeNetwork.Modules.Tenancy.Features.Municipalities;

namespace PracticeNetwork.UnitTests;

public sealed class ValidatorTests
{
    [Theory]
    [InlineData("Kärk", null, true)]
    [InlineData(null, "07", true)]
    [InlineData(null, "7", false)]
    [InlineData(null, "ab", false)]
    public void Municipality_search_accepts_a_search_and_a_two_digit_region(string? search, string? region, bool valid)
    {
        var result = new ListMunicipalitiesValidator().Validate(new ListMunicipalities(search, region));
        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            Assert.Equal("region", Assert.Single(result.Errors).PropertyName);
        }
    }

    [Fact]
    public void Municipality_search_rejects_an_overlong_search_on_the_q_field()
    {
        var result = new ListMunicipalitiesValidator().Validate(new ListMunicipalities(new string('a', 101)));
        Assert.Equal("q", Assert.Single(result.Errors).PropertyName);
    }

    [Theory]
    [InlineData(MunicipalityRoles.Viewer, true)]
    [InlineData(MunicipalityRoles.Author | MunicipalityRoles.Reviewer, true)]
    [InlineData(MunicipalityRoles.None, false)]
    [InlineData((MunicipalityRoles)64, false)]
    public void A_membership_needs_known_roles(MunicipalityRoles roles, bool valid)
    {
        var result = new AddMembershipValidator().Validate(new AddMembership(Guid.NewGuid(), roles));
        Assert.Equal(valid, result.IsValid);
    }

    [Theory]
    [InlineData("matti@karkola.fi", true)]
    [InlineData("  Matti.Meikalainen@Karkola.FI ", true)]
    [InlineData("\"Matti\" <matti@karkola.fi>", false)]
    [InlineData("matti@karkola.fi, eve@evil.example", false)]
    [InlineData("matti@karkola.fi\r\nBcc: eve@evil.example", false)]
    [InlineData("matti@karkola", false)]
    [InlineData("not an address", false)]
    public void An_invitation_goes_to_exactly_one_plain_address(string email, bool valid)
    {
        var result = new PracticeNetwork.Modules.Tenancy.Features.Invitations.InviteMemberValidator()
            .Validate(new InviteMember(email, MunicipalityRoles.Viewer, Guid.NewGuid()));
        Assert.Equal(valid, result.IsValid);
    }

    [Fact]
    public void A_membership_needs_a_person()
    {
        var result = new AddMembershipValidator().Validate(new AddMembership(Guid.Empty, MunicipalityRoles.Viewer));
        Assert.Contains(result.Errors, error => error.PropertyName == nameof(AddMembership.PersonId));
    }
}
