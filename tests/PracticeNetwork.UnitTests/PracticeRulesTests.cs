using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.UnitTests;

/// <summary>Who may edit, delete and restore a practice, per status and role, in its own and in another municipality.</summary>
public sealed class ContentRulesTests
{
    private static readonly Guid Karkola = Guid.NewGuid();
    private static readonly Guid Espoo = Guid.NewGuid();
    private static readonly Guid Creator = Guid.NewGuid();

    public enum Who
    {
        Anonymous,
        Viewer,
        CreatingAuthor,
        OtherAuthor,
        Reviewer,
        MunicipalityAdmin,
        ForeignReviewer,
        ForeignAdmin,
    }

    public enum State
    {
        Draft,
        InReview,
        Published,
        Archived,
        DeletedDraft,
        DeletedPublished,
    }

    // The Host's reader: municipality admins are reviewers too.
    private static Reader ReaderFor(Who who) => who switch
    {
        Who.Anonymous => Reader.Anonymous,
        Who.Viewer => new Reader(Guid.NewGuid(), Karkola, IsAuthor: false, IsReviewer: false),
        Who.CreatingAuthor => new Reader(Creator, Karkola, IsAuthor: true, IsReviewer: false),
        Who.OtherAuthor => new Reader(Guid.NewGuid(), Karkola, IsAuthor: true, IsReviewer: false),
        Who.Reviewer => new Reader(Guid.NewGuid(), Karkola, IsAuthor: false, IsReviewer: true),
        Who.MunicipalityAdmin => new Reader(Guid.NewGuid(), Karkola, IsAuthor: false, IsReviewer: true, IsAdmin: true),
        Who.ForeignReviewer => new Reader(Guid.NewGuid(), Espoo, IsAuthor: true, IsReviewer: true),
        _ => new Reader(Guid.NewGuid(), Espoo, IsAuthor: true, IsReviewer: true, IsAdmin: true),
    };

    private static GoodPractice PracticeIn(State state) => state switch
    {
        State.Draft => PracticeSamples.Practice(Karkola, Creator, PublicationStatus.Draft),
        State.InReview => PracticeSamples.Practice(Karkola, Creator, PublicationStatus.InReview),
        State.Published => PracticeSamples.Practice(Karkola, Creator, PublicationStatus.Published),
        State.Archived => PracticeSamples.Practice(Karkola, Creator, PublicationStatus.Archived),
        State.DeletedDraft => PracticeSamples.Practice(Karkola, Creator, PublicationStatus.Draft, deleted: true),
        _ => PracticeSamples.Practice(Karkola, Creator, PublicationStatus.Published, deleted: true),
    };

    // Columns follow Who: anonymous, viewer, creating author, other author, reviewer, municipality admin,
    // reviewer of another municipality, admin of another municipality.
    private static readonly (State State, bool[] Edit, bool[] Delete, bool[] Restore)[] Table =
    [
        (State.Draft,
            [false, false, true, false, true, true, false, false],
            [false, false, true, false, true, true, false, false],
            [false, false, false, false, false, false, false, false]),
        (State.InReview,
            [false, false, false, false, true, true, false, false],
            [false, false, false, false, true, true, false, false],
            [false, false, false, false, false, false, false, false]),
        (State.Published,
            [false, false, false, false, true, true, false, false],
            [false, false, false, false, true, true, false, false],
            [false, false, false, false, false, false, false, false]),
        (State.Archived,
            [false, false, false, false, false, false, false, false],
            [false, false, false, false, true, true, false, false],
            [false, false, false, false, false, false, false, false]),
        (State.DeletedDraft,
            [false, false, false, false, false, false, false, false],
            [false, false, false, false, false, false, false, false],
            [false, false, false, false, false, true, false, false]),
        (State.DeletedPublished,
            [false, false, false, false, false, false, false, false],
            [false, false, false, false, false, false, false, false],
            [false, false, false, false, false, true, false, false]),
    ];

    public static TheoryData<State, Who, bool, bool, bool> Cases()
    {
        var data = new TheoryData<State, Who, bool, bool, bool>();
        foreach (var (state, edit, delete, restore) in Table)
        {
            foreach (var who in Enum.GetValues<Who>())
            {
                data.Add(state, who, edit[(int)who], delete[(int)who], restore[(int)who]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Edit_delete_and_restore_follow_status_role_and_municipality(State state, Who who, bool edit, bool delete, bool restore)
    {
        var practice = PracticeIn(state);
        var reader = ReaderFor(who);

        var permissions = ContentRules.Permissions(reader, practice);

        Assert.Equal((edit, delete, restore), (permissions.CanEdit, permissions.CanDelete, permissions.CanRestore));
        Assert.Equal((edit, delete, restore),
            (ContentRules.MayEdit(reader, practice), ContentRules.MayDelete(reader, practice), ContentRules.MayRestoreDeleted(reader, practice)));
    }

    [Theory]
    [InlineData(Who.CreatingAuthor, State.Draft, new[] { WorkflowStep.SubmitForReview })]
    [InlineData(Who.Reviewer, State.Draft, new[] { WorkflowStep.SubmitForReview, WorkflowStep.Publish })]
    [InlineData(Who.Reviewer, State.InReview, new[] { WorkflowStep.Publish, WorkflowStep.ReturnToAuthor })]
    [InlineData(Who.CreatingAuthor, State.InReview, new WorkflowStep[0])]
    [InlineData(Who.Reviewer, State.Published, new[] { WorkflowStep.Archive })]
    [InlineData(Who.Reviewer, State.Archived, new[] { WorkflowStep.Restore })]
    [InlineData(Who.Viewer, State.Published, new WorkflowStep[0])]
    [InlineData(Who.ForeignReviewer, State.Published, new WorkflowStep[0])]
    [InlineData(Who.MunicipalityAdmin, State.DeletedPublished, new WorkflowStep[0])]
    public void The_offered_workflow_steps_are_the_ones_the_reader_may_take_now(Who who, State state, WorkflowStep[] steps)
    {
        Assert.Equal(steps, ContentRules.Steps(ReaderFor(who), PracticeIn(state)));
    }

    [Theory]
    [InlineData(Who.MunicipalityAdmin, true)]
    [InlineData(Who.Reviewer, false)]
    [InlineData(Who.CreatingAuthor, false)]
    [InlineData(Who.ForeignAdmin, false)]
    [InlineData(Who.Anonymous, false)]
    public void A_deleted_practice_opens_only_for_its_municipality_admins(Who who, bool opens)
    {
        Assert.Equal(opens, ContentRules.MayOpen(ReaderFor(who), PracticeIn(State.DeletedPublished)));
    }
}
