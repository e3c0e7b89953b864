namespace PracticeNetwork.Web.Api;

/// <summary>Documents a text query parameter as one of <see cref="EnumType"/>'s names in the OpenAPI description.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class QueryEnumAttribute(Type enumType) : Attribute
{
    public Type EnumType { get; } = enumType;
}
