using System.Management.Automation;
using System.Net;
using CsCheck;
using Runai.Client;
using Runai.Client.Assets;
using Runai.Client.Organization;
using Runai.Client.Resources;
using Runai.PowerShell;
using Runai.Tests.Unit.Client.Resources;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Client;

/// <summary>
/// Property tests over hostile values (unicode, '/', '..', '%2F', '?', '#', commas, line breaks, empty, very long,
/// negative, NaN, infinities): each is refused before anything is sent, with an InvalidArgument error whose
/// TargetObject is the value, or it is sent encoded so that it reaches only the intended route.
/// </summary>
public sealed class BadInputPropertyTests
{
    private const long Iterations = 400;

    private static readonly string[] Fragments =
    [
        "", "/", "..", "%2F", "%2f", "?", "#", ",", "\n", "\r\n", "\t", " ", "count", "telemetry", "a", "team-a", "7", "-", ".",
        "é", "ü", "名前", "🚀", "\u200B", "\\", "=", "==", "!=", "%", "&", "+", ";", "name==x", "?limit=1", "#frag", "../count",
    ];

    /// <summary>Strings built from hostile fragments and characters, sometimes very long.</summary>
    private static readonly Gen<string> Hostile = Gen.OneOf(
        Gen.Select(Gen.OneOfConst(Fragments).Array[0, 5], Gen.Char["abz09-./%?#,\n é名"].Array[0, 8],
            (parts, chars) => string.Concat(parts) + new string(chars)),
        Gen.Char["a-z0"].Array[60, 300].Select(chars => new string(chars)),
        Gen.OneOfConst(Fragments));

    private static readonly Gen<double> Numbers = Gen.OneOf(
        Gen.Double,
        Gen.OneOfConst(double.NaN, double.PositiveInfinity, double.NegativeInfinity, -1, 0, -0.0, 1, 0.5, 1e-300, 1e308, double.Epsilon, -double.Epsilon));

    [Fact]
    public void Names_are_refused_unless_they_are_DNS_labels()
    {
        Hostile.Sample(name =>
        {
            ReliabilityFigures.Tried();
            var label = name.Length is > 0 and <= 63 && name[0] is >= 'a' and <= 'z' && name[^1] is >= 'a' and <= 'z' or >= '0' and <= '9'
                && name.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');
            var error = Record.Exception(() => ResourceNames.Check(name, "project"));
            if (label)
            {
                Assert.Null(error);
                return;
            }
            AssertRefused(error, name, ErrorIds.InvalidName);
        }, iter: Iterations, threads: 1);
        ReliabilityFigures.Save();
    }

    [Fact]
    public void Ids_are_refused_before_sending_or_reach_only_their_item_route()
    {
        var transport = Api.Transport((_, _) => ScriptedTransport.Json(HttpStatusCode.OK, """{"id":"x","name":"pool-x"}"""));
        using var connection = TestConnections.Create(transport);
        var pools = connection.NodePools();
        var projects = connection.Projects();
        Hostile.Sample(id =>
        {
            foreach (var client in new Func<string, Task>[] { i => pools.GetAsync(i), i => projects.GetAsync(i), i => projects.DeleteAsync(i) })
            {
                ReliabilityFigures.Tried();
                var before = transport.Calls().Count;
                var error = Record.Exception(() => client(id).GetAwaiter().GetResult());
                var sent = transport.Calls().Skip(before).ToList();
                if (error is RunaiInvalidValueException)
                {
                    Assert.Empty(sent);
                    AssertRefused(error, id, ErrorIds.InvalidArgument);
                    continue;
                }
                // Sent: exactly one request, to the collection's route plus one segment that decodes to the id.
                Assert.True(sent.Count == 1, $"'{id}' sent {sent.Count} requests; error: {error}");
                var request = sent[0];
                var path = request.PathAndQuery;
                Assert.DoesNotContain('?', path);
                var route = path.StartsWith("/api/v1/node-pools/", StringComparison.Ordinal) ? "/api/v1/node-pools/" : "/api/v1/org-unit/projects/";
                Assert.StartsWith(route, path, StringComparison.Ordinal);
                var segment = path[route.Length..];
                Assert.DoesNotContain('/', segment);
                Assert.Equal(id, Uri.UnescapeDataString(segment));
                ReliabilityFigures.SentEncoded();
            }
        }, iter: Iterations, threads: 1);
        ReliabilityFigures.Save();
    }

    [Fact]
    public void Filter_values_are_refused_before_sending_or_sent_as_one_term_of_the_list_route()
    {
        var transport = Api.Transport((_, _) => ScriptedTransport.Json(HttpStatusCode.OK, """{"projects":[]}"""));
        using var connection = TestConnections.Create(transport);
        var projects = connection.Projects();
        Hostile.Sample(value =>
        {
            ReliabilityFigures.Tried();
            var before = transport.Calls().Count;
            var error = Record.Exception(() => projects.ListAllAsync(new ResourceQuery().Where("name", "==", value)).GetAwaiter().GetResult());
            var sent = transport.Calls().Skip(before).ToList();
            if (error is RunaiInvalidValueException)
            {
                Assert.Empty(sent);
                AssertRefused(error, value, ErrorIds.InvalidArgument);
                return;
            }
            Assert.Null(error);
            var request = Assert.Single(sent);
            var uri = new Uri("http://x" + request.PathAndQuery);
            Assert.Equal("/api/v1/org-unit/projects", uri.AbsolutePath);
            var filters = uri.Query.TrimStart('?').Split('&').Where(p => p.StartsWith("filterBy=", StringComparison.Ordinal)).ToList();
            Assert.Equal("name==" + value, Uri.UnescapeDataString(Assert.Single(filters)["filterBy=".Length..]));
            ReliabilityFigures.SentEncoded();
        }, iter: Iterations, threads: 1);
        ReliabilityFigures.Save();
    }

    [Fact]
    public void Gpu_fractions_and_cpu_counts_that_are_not_finite_or_out_of_range_are_refused_naming_the_value()
    {
        Gen.Select(Numbers, Numbers).Sample((fraction, cpu) =>
        {
            ReliabilityFigures.Tried();
            var error = Record.Exception(() => ComputeSpec.Validate(fraction, null, [("Cpu", cpu)]));
            var fractionOk = fraction > 0 && fraction <= 1;
            if (fractionOk && double.IsFinite(cpu))
            {
                Assert.Null(error);
                return;
            }
            AssertRefused(error, !double.IsFinite(fraction) ? fraction : !double.IsFinite(cpu) ? cpu : fraction, ErrorIds.InvalidArgument);
        }, iter: Iterations, threads: 1);
        ReliabilityFigures.Save();
    }

    [Fact]
    public void Quota_numbers_that_are_not_finite_are_refused_naming_the_value()
    {
        Gen.Select(Numbers, Numbers, Numbers).Sample((gpu, limit, weight) =>
        {
            ReliabilityFigures.Tried();
            var error = Record.Exception(() => FiniteNumbers.Check(("GpuQuota", gpu), ("GpuLimit", limit), ("OverQuotaWeight", weight)));
            var firstBad = new[] { gpu, limit, weight }.Where(v => !double.IsFinite(v)).Cast<double?>().FirstOrDefault();
            if (firstBad is null)
            {
                Assert.Null(error);
                return;
            }
            AssertRefused(error, firstBad.Value, ErrorIds.InvalidArgument);
        }, iter: Iterations, threads: 1);
        ReliabilityFigures.Save();
    }

    [Fact]
    public void Quota_texts_are_refused_or_read_as_a_finite_non_negative_amount()
    {
        Gen.OneOf(Hostile, Gen.Select(Gen.Char["0123456789."].Array[1, 400], Gen.OneOfConst("", "m", "Gi", "GB", "Mi", "x"),
            (digits, unit) => new string(digits) + unit)).Sample(text =>
        {
            foreach (var parse in new Func<string, double>[] { t => Quantity.ParseMemory(t).Value, Quantity.ParseCpuMillicores })
            {
                ReliabilityFigures.Tried();
                try
                {
                    var amount = parse(text);
                    Assert.True(double.IsFinite(amount) && amount >= 0, $"'{text}' read as {amount}");
                }
                catch (FormatException)
                {
                    ReliabilityFigures.Refused();
                }
            }
        }, iter: Iterations, threads: 1);
        ReliabilityFigures.Save();
    }

    [Theory]
    [InlineData("team-a\n")]
    [InlineData("team-a\r\n")]
    [InlineData("team,a")]
    public void A_name_with_a_final_line_break_or_a_comma_is_refused(string name) =>
        AssertRefused(Record.Exception(() => ResourceNames.Check(name, "project")), name, ErrorIds.InvalidName);

    [Fact]
    public void The_id_dot_is_refused_as_a_path_changing_segment() =>
        AssertRefused(Record.Exception(() => ResourceIds.Check(NodePoolResource.Descriptor, ".")), ".", ErrorIds.InvalidArgument);

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void A_gpu_fraction_that_is_not_a_number_is_refused_naming_it(double fraction) =>
        AssertRefused(Record.Exception(() => ComputeSpec.Validate(fraction, null, [])), fraction, ErrorIds.InvalidArgument);

    [Fact]
    public void A_compute_quantity_with_a_final_line_break_is_refused() =>
        AssertQuantityRefused(Record.Exception(() => ComputeSpec.Validate(null, "8G\n", [])), "8G\n");

    private static void AssertQuantityRefused(Exception? error, string value)
    {
        var invalid = Assert.IsType<RunaiInvalidValueException>(error);
        Assert.Equal(value, invalid.Value);
        Assert.Equal(ErrorCategory.InvalidArgument, ErrorRecordFactory.Create(invalid, null).CategoryInfo.Category);
    }

    /// <summary>Refused as the module reports it: InvalidArgument category, the value itself as TargetObject.</summary>
    private static void AssertRefused(Exception? error, object value, string errorId)
    {
        var invalid = Assert.IsType<RunaiInvalidValueException>(error);
        Assert.Equal(value, invalid.Value);
        var record = ErrorRecordFactory.Create(invalid, target: null);
        Assert.Equal(ErrorCategory.InvalidArgument, record.CategoryInfo.Category);
        Assert.Equal(errorId, record.FullyQualifiedErrorId);
        Assert.Equal(value, record.TargetObject);
        ReliabilityFigures.Refused();
    }
}
