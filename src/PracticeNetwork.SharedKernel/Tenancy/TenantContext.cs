namespace PracticeNetwork.SharedKernel.Tenancy;

public sealed class TenantContext : ITenantContext
{
    public Guid? MunicipalityId { get; private set; }

    public IDisposable Change(Guid? municipalityId)
    {
        var previous = MunicipalityId;
        MunicipalityId = municipalityId;
        return new RestoreScope(this, previous);
    }

    private sealed class RestoreScope(TenantContext context, Guid? previous) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            context.MunicipalityId = previous;
            _disposed = true;
        }
    }
}
