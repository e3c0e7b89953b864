using System.Text.Json;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.Modules.Notifications.Dispatch;

/// <summary>
/// What the dispatcher reads of any content event, whatever its type: the fields every <c>ContentEvent</c> has, and
/// the network KPI of a KPI event. Unknown fields are ignored, so a new event type needs no code here.
/// </summary>
internal sealed record OutboxEvent(Guid EventId, Guid PersonId, string Title, Guid? NetworkKpiId)
{
    public static OutboxEvent Read(OutboxMessage message)
    {
        var read = JsonSerializer.Deserialize<OutboxEvent>(message.Payload, IntegrationEvents.Json)
            ?? throw new JsonException($"The outbox row {message.Id} holds no event.");
        return read.EventId == Guid.Empty ? throw new JsonException($"The outbox row {message.Id} ({message.Type}) has no eventId.") : read;
    }
}
