using System.Net;
using Microsoft.AspNetCore.Http;
using PracticeNetwork.Host.Infrastructure;

namespace PracticeNetwork.UnitTests;

public sealed class ClientAddressTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void Rate_limits_count_IPv4_addresses_and_IPv6_networks(string address, string key)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        Assert.Equal(key, ClientAddress.PartitionKey(context));
    }

    [Fact]
    public void Two_addresses_of_one_IPv6_network_share_a_limit_and_other_networks_do_not()
    {
        static string KeyOf(string address)
        {
            var context = new DefaultHttpContext();
            context.Connection.RemoteIpAddress = IPAddress.Parse(address);
            return ClientAddress.PartitionKey(context);
        }

        Assert.Equal(KeyOf("2001:db8:1:2::1"), KeyOf("2001:db8:1:2::ffff"));
        Assert.NotEqual(KeyOf("2001:db8:1:2::1"), KeyOf("2001:db8:1:3::1"));
    }
}
