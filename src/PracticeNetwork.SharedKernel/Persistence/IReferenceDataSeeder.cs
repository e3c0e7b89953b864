namespace PracticeNetwork.SharedKernel.Persistence;

/// <summary>A module's reference data (the municipality list), brought in line after every migration. Idempotent.</summary>
public interface IReferenceDataSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
