using PracticeNetwork.Content.Contracts;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.UnitTests;

/// <summary>The brief's visibility rule for every reader × status × audience, from one table.</summary>
public sealed class ContentVisibilityTests
{
    private static readonly Guid Karkola = Guid.NewGuid();
    private static readonly Guid Espoo = Guid.NewGuid();
    private static readonly Guid Creator = Guid.NewGuid();

    public enum Who
    {
        Anonymous,
        ViewerOfOwner,
        CreatingAuthor,
        OtherAuthorOfOwner,
        ReviewerOfOwner,
        MemberOfOther,
        ReviewerOfOther,
        SignedInActingForNone,
    }

    private static Reader ReaderFor(Who who) => who switch
    {
        Who.Anonymous => Reader.Anonymous,
        Who.ViewerOfOwner => new Reader(Guid.NewGuid(), Karkola, IsAuthor: false, IsReviewer: false),
        Who.CreatingAuthor => new Reader(Creator, Karkola, IsAuthor: true, IsReviewer: false),
        Who.OtherAuthorOfOwner => new Reader(Guid.NewGuid(), Karkola, IsAuthor: true, IsReviewer: false),
        Who.ReviewerOfOwner => new Reader(Guid.NewGuid(), Karkola, IsAuthor: false, IsReviewer: true),
        Who.MemberOfOther => new Reader(Guid.NewGuid(), Espoo, IsAuthor: true, IsReviewer: false),
        Who.ReviewerOfOther => new Reader(Guid.NewGuid(), Espoo, IsAuthor: false, IsReviewer: true),
        _ => new Reader(Guid.NewGuid(), null, IsAuthor: false, IsReviewer: false),
    };

    // Columns follow Who: anonymous, viewer of owner, creating author, other author, reviewer of owner,
    // member of another municipality, reviewer of another, signed in but acting for none.
    private static readonly (PublicationStatus Status, Audience Audience, bool[] Expected)[] Table =
    [
        (PublicationStatus.Draft, Audience.Public, [false, false, true, false, true, false, false, false]),
        (PublicationStatus.InReview, Audience.Public, [false, false, true, false, true, false, false, false]),
        (PublicationStatus.Published, Audience.Internal, [false, true, true, true, true, false, false, false]),
        (PublicationStatus.Published, Audience.Network, [false, true, true, true, true, true, true, false]),
        (PublicationStatus.Published, Audience.Public, [true, true, true, true, true, true, true, true]),
        (PublicationStatus.Archived, Audience.Internal, [false, true, true, true, true, false, false, false]),
        (PublicationStatus.Archived, Audience.Network, [false, true, true, true, true, true, true, false]),
        (PublicationStatus.Archived, Audience.Public, [true, true, true, true, true, true, true, true]),
    ];

    public static TheoryData<PublicationStatus, Audience, Who, bool> Cases()
    {
        var data = new TheoryData<PublicationStatus, Audience, Who, bool>();
        foreach (var (status, audience, expected) in Table)
        {
            foreach (var who in Enum.GetValues<Who>())
            {
                data.Add(status, audience, who, expected[(int)who]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_reader_opens_exactly_what_the_brief_allows(PublicationStatus status, Audience audience, Who who, bool expected)
    {
        Assert.Equal(expected, Visibility.CanOpen(ReaderFor(who), Karkola, status, audience, Creator));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void List_filters_for_other_municipalities_agree_with_the_page_rule(PublicationStatus status, Audience audience, Who who, bool expected)
    {
        var reader = ReaderFor(who);
        if (reader.ActingMunicipalityId == Karkola)
        {
            return; // Own municipality's items are listed by the owner's own (tenant-filtered) queries.
        }

        var listed = Visibility.VisibleStatuses.Contains(status) && Visibility.VisibleAudiences(reader).Contains(audience);
        Assert.Equal(expected, listed);
    }

    [Theory]
    [InlineData(PublicationStatus.Draft, WorkflowStep.SubmitForReview, PublicationStatus.InReview)]
    [InlineData(PublicationStatus.InReview, WorkflowStep.Publish, PublicationStatus.Published)]
    [InlineData(PublicationStatus.InReview, WorkflowStep.ReturnToAuthor, PublicationStatus.Draft)]
    [InlineData(PublicationStatus.Published, WorkflowStep.Archive, PublicationStatus.Archived)]
    [InlineData(PublicationStatus.Archived, WorkflowStep.Restore, PublicationStatus.Published)]
    public void The_workflow_moves_along_its_steps(PublicationStatus from, WorkflowStep step, PublicationStatus to) =>
        Assert.Equal(to, Workflow.Next(from, step));

    [Theory]
    [InlineData(PublicationStatus.Published, WorkflowStep.SubmitForReview)]
    [InlineData(PublicationStatus.Draft, WorkflowStep.Archive)]
    [InlineData(PublicationStatus.Archived, WorkflowStep.Publish)]
    [InlineData(PublicationStatus.Draft, WorkflowStep.ReturnToAuthor)]
    public void Steps_out_of_order_are_refused(PublicationStatus from, WorkflowStep step) =>
        Assert.Null(Workflow.Next(from, step));

    [Theory]
    [InlineData(Who.CreatingAuthor, WorkflowStep.SubmitForReview, true)]
    [InlineData(Who.CreatingAuthor, WorkflowStep.Publish, false)]
    [InlineData(Who.ReviewerOfOwner, WorkflowStep.Publish, true)]
    [InlineData(Who.ReviewerOfOwner, WorkflowStep.Archive, true)]
    [InlineData(Who.ViewerOfOwner, WorkflowStep.SubmitForReview, false)]
    [InlineData(Who.ReviewerOfOther, WorkflowStep.Publish, false)]
    [InlineData(Who.Anonymous, WorkflowStep.SubmitForReview, false)]
    public void Only_the_owning_municipalitys_authors_submit_and_its_reviewers_decide(Who who, WorkflowStep step, bool allowed) =>
        Assert.Equal(allowed, Workflow.MayTake(ReaderFor(who), Karkola, step));
}
