using Runai.Client.Organization;

namespace Runai.Tests.Unit.Client.Organization;

public sealed class QuantityTests
{
    [Theory]
    [InlineData("64GB", 64, "GB")]
    [InlineData("64G", 64, "GB")]
    [InlineData("1.5GB", 1.5, "GB")]
    [InlineData("2TB", 2000, "GB")]
    [InlineData("500MB", 500, "MB")]
    [InlineData("500M", 500, "MB")]
    [InlineData("512Mi", 512, "Mib")]
    [InlineData("512MiB", 512, "Mib")]
    [InlineData("64GiB", 65536, "Mib")]
    [InlineData("64Gi", 65536, "Mib")]
    [InlineData("0.5Gi", 512, "Mib")]
    [InlineData("1Ti", 1048576, "Mib")]
    [InlineData(" 8 GB ", 8, "GB")]
    [InlineData("68719476736", 65536, "Mib")] // PowerShell's 64GB literal: bytes
    [InlineData("1048576", 1, "Mib")]
    public void Memory_quantities_become_the_contracts_value_and_units(string text, double value, string units)
    {
        var (parsedValue, parsedUnits) = Quantity.ParseMemory(text);

        Assert.Equal(value, parsedValue, 6);
        Assert.Equal(units, parsedUnits);
    }

    [Theory]
    [InlineData("500m", 500)]
    [InlineData("2", 2000)]
    [InlineData("0.5", 500)]
    [InlineData("1.25", 1250)]
    [InlineData("1500m", 1500)]
    public void Cpu_quantities_become_millicores(string text, double millicores) =>
        Assert.Equal(millicores, Quantity.ParseCpuMillicores(text), 6);

    [Theory]
    [InlineData("")]
    [InlineData("GB")]
    [InlineData("64XB")]
    [InlineData("-1GB")]
    [InlineData("64 G B")]
    [InlineData("1e3GB")]
    [InlineData("64m")]
    public void Bad_memory_quantities_are_refused(string text) =>
        Assert.Throws<FormatException>(() => Quantity.ParseMemory(text));

    [Theory]
    [InlineData("2cores")]
    [InlineData("500Mi")]
    [InlineData("m")]
    [InlineData("-1")]
    public void Bad_cpu_quantities_are_refused(string text) =>
        Assert.Throws<FormatException>(() => Quantity.ParseCpuMillicores(text));

    [Theory]
    [InlineData(1, "GB", "MB", 1000)]
    [InlineData(1024, "Mib", "MB", 1073.741824)]
    [InlineData(1000, "MB", "GB", 1)]
    [InlineData(-1, "GB", "Mib", -1)]
    public void Memory_units_convert(double value, string from, string to, double expected) =>
        Assert.Equal(expected, QuotaEditor.Convert(value, from, to)!.Value, 6);
}
