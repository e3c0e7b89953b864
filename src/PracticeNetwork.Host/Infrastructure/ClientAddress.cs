using System.Net;
using System.Net.Sockets;

namespace PracticeNetwork.Host.Infrastructure;

/// <summary>The key rate limits count a client by.</summary>
internal static class ClientAddress
{
    /// <summary>
    /// IPv4 addresses as they are; IPv6 by their /64 network, because one client gets a whole /64 and could
    /// otherwise step around the limit by changing address. Requests without an address (only in-process test
    /// hosts) share one key.
    /// </summary>
    public static string PartitionKey(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "no-address";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
