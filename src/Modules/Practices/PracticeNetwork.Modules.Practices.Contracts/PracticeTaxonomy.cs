namespace PracticeNetwork.Modules.Practices.Contracts;

/// <summary>How far a practice has come (the brief's stages).</summary>
public enum PracticeStage
{
    Idea,
    Piloted,
    InUse,
    Established,
    Discontinued,
}

/// <summary>How well the results are shown.</summary>
public enum EvidenceLevel
{
    Anecdotal,
    Measured,
    Evaluated,
    Researched,
}
