using PracticeNetwork.Modules.Tenancy.Data;

namespace PracticeNetwork.UnitTests;

public sealed class MunicipalityCatalogTests
{
    [Fact]
    public void The_embedded_list_holds_309_municipalities_in_19_regions()
    {
        var rows = MunicipalityCatalog.Load();
        Assert.Equal(309, rows.Count);
        Assert.Equal(309, rows.Select(row => row.Code).Distinct().Count());
        Assert.Equal(19, rows.Select(row => row.RegionCode).Distinct().Count());
    }

    [Fact]
    public void The_embedded_list_has_both_names_and_the_region_of_each_municipality()
    {
        var rows = MunicipalityCatalog.Load();
        var karkola = Assert.Single(rows, row => row.Code == "316");
        Assert.Equal(("Kärkölä", "Kärkölä", "07", "Päijät-Häme"), (karkola.NameFi, karkola.NameSv, karkola.RegionCode, karkola.RegionFi));
        var espoo = Assert.Single(rows, row => row.Code == "049");
        Assert.Equal(("Espoo", "Esbo"), (espoo.NameFi, espoo.NameSv));
    }
}
