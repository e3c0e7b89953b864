using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace PracticeNetwork.Host.Api;

/// <summary>
/// HEAD like GET (RFC 9110 9.3.2): the same status and headers, without the body. Minimal APIs map GET alone, so the
/// API's route group adds HEAD to each GET endpoint; <see cref="HeadResponseMiddleware"/> drops the body the endpoint
/// writes and states its length.
/// </summary>
internal static class HeadRequests
{
    public static RouteGroupBuilder AnswerHeadLikeGet(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        // Last, so that it sees the methods the endpoint was mapped with; the last method metadata is the one routing reads.
        ((IEndpointConventionBuilder)group).Finally(endpoint =>
        {
            if (endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault() is { } mapped
                && mapped.HttpMethods.Contains(HttpMethods.Get) && !mapped.HttpMethods.Contains(HttpMethods.Head))
            {
                endpoint.Metadata.Add(new HttpMethodMetadata([.. mapped.HttpMethods, HttpMethods.Head], mapped.AcceptCorsPreflight));
            }
        });
        return group;
    }
}

/// <summary>
/// A HEAD response carries no body, whatever the server: what the app writes is counted instead of sent, and becomes
/// the <c>Content-Length</c> a GET would have had (unless the app set one itself, as file results do).
/// </summary>
internal sealed class HeadResponseMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var server = context.Features.Get<IHttpResponseBodyFeature>();
        await using var counter = new CountingStream();
        var counted = new StreamResponseBodyFeature(counter);
        context.Features.Set<IHttpResponseBodyFeature>(counted);
        try
        {
            await next(context);
            await counted.CompleteAsync();
        }
        finally
        {
            context.Features.Set(server);
        }

        if (!context.Response.HasStarted && context.Response.ContentLength is null && counter.Length > 0)
        {
            context.Response.ContentLength = counter.Length;
        }
    }

    /// <summary>A write-only stream that keeps nothing but the number of bytes written.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position
        {
            get => _length;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _length += count;
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
