namespace PracticeNetwork.Content.Contracts;

/// <summary>A step of the review workflow (who may take it: SharedKernel's <c>Workflow</c>).</summary>
public enum WorkflowStep
{
    SubmitForReview,
    Publish,
    ReturnToAuthor,
    Archive,
    Restore,
}
