using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PracticeNetwork.SharedKernel.Persistence;

/// <summary>
/// A small list kept as JSON text in one column, the same on every provider. For values that are shown with the
/// item but never queried on their own (contact persons, links, awards).
/// </summary>
public static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<List<T>> HasJsonConversion<T>(this PropertyBuilder<List<T>> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        var comparer = new ValueComparer<List<T>>(
            (left, right) => Serialize(left) == Serialize(right),
            list => Serialize(list).GetHashCode(StringComparison.Ordinal),
            list => Deserialize<T>(Serialize(list)));
        property.HasConversion(list => Serialize(list), json => Deserialize<T>(json), comparer).IsRequired();
        return property;
    }

    private static string Serialize<T>(List<T>? list) => JsonSerializer.Serialize(list ?? [], Options);

    private static List<T> Deserialize<T>(string json) => JsonSerializer.Deserialize<List<T>>(json, Options) ?? [];
}
