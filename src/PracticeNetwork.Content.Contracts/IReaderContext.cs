namespace PracticeNetwork.Content.Contracts;

/// <summary>The reader of the current request, for visibility decisions in modules. Scoped; filled by the Host.</summary>
public interface IReaderContext
{
    Reader Current { get; }
}
