using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using PracticeNetwork.Content.Contracts;

namespace PracticeNetwork.SharedKernel.Persistence;

/// <summary>
/// Integration events in the outbox: stored under their <see cref="IntegrationEventAttribute"/> name, the payload
/// their properties in camelCase with enums by name, plus <c>eventVersion</c>. Consumers read them back by name.
/// </summary>
public static class IntegrationEvents
{
    public const string VersionProperty = "eventVersion";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly ConcurrentDictionary<Type, IntegrationEventAttribute> Names = new();

    public static IntegrationEventAttribute NameOf(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Names.GetOrAdd(type, static type => type.GetCustomAttribute<IntegrationEventAttribute>()
            ?? throw new InvalidOperationException($"{type.Name} has no [IntegrationEvent] name."));
    }

    public static string NameOf<TEvent>()
        where TEvent : IntegrationEvent => NameOf(typeof(TEvent)).Name;

    /// <summary>The outbox row for a content event, to add in the same SaveChanges as the change.</summary>
    public static OutboxMessage ToOutbox(ContentEvent contentEvent)
    {
        ArgumentNullException.ThrowIfNull(contentEvent);
        var name = NameOf(contentEvent.GetType());
        var payload = JsonSerializer.SerializeToNode(contentEvent, contentEvent.GetType(), Json)!.AsObject();
        payload[VersionProperty] = name.Version;
        return new OutboxMessage(name.Name, contentEvent.MunicipalityId, contentEvent.ItemId, payload.ToJsonString(Json), contentEvent.OccurredAt);
    }

    /// <summary>Reads an outbox payload back as <typeparamref name="TEvent"/>; null when the row holds another event.</summary>
    public static TEvent? Read<TEvent>(OutboxMessage message)
        where TEvent : IntegrationEvent
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Type == NameOf<TEvent>() ? JsonSerializer.Deserialize<TEvent>(message.Payload, Json) : null;
    }

    /// <summary>The payload version an outbox row was written with.</summary>
    public static int VersionOf(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return JsonNode.Parse(message.Payload)?[VersionProperty]?.GetValue<int>() ?? 0;
    }
}
