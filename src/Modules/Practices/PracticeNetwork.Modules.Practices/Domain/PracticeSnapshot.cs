using System.Text.Json;
using System.Text.Json.Serialization;
using PracticeNetwork.Modules.Practices.Contracts;

namespace PracticeNetwork.Modules.Practices.Domain;

/// <summary>A practice's content as JSON, for revisions and outbox events.</summary>
public static class PracticeSnapshot
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(PracticeContent content) => JsonSerializer.Serialize(content, Options);

    public static PracticeContent Deserialize(string json) =>
        JsonSerializer.Deserialize<PracticeContent>(json, Options) ?? throw new InvalidOperationException("An empty revision snapshot.");
}
