using Runai.Client;
using Runai.Client.Resources;

namespace Runai.Tests.Unit.Client.Resources;

/// <summary>Values put into filterBy never split or change the filter: the contract has no escape, so such values are refused.</summary>
public sealed class FilterByTests
{
    [Theory]
    [InlineData("team-a")]
    [InlineData("a=b")]
    [InlineData("with space")]
    [InlineData("x!")]
    [InlineData("ünï")]
    public void Harmless_values_make_a_term(string value)
    {
        Assert.Null(FilterBy.Problem(value));
        Assert.Equal("name==" + value, FilterBy.Equal("name", value));
        Assert.Equal("phase!=" + value, FilterBy.Term("phase", "!=", value));
    }

    [Theory]
    [InlineData("a,b", "comma")]
    [InlineData(",", "comma")]
    [InlineData("a\nb", "line break")]
    [InlineData("a\r\n", "line break")]
    [InlineData("a\tb", "control character")]
    [InlineData("=x", "operator")]
    [InlineData("==x", "operator")]
    [InlineData("!=x", "operator")]
    [InlineData("<x", "operator")]
    [InlineData(">x", "operator")]
    [InlineData("@x", "operator")]
    [InlineData("^x", "operator")]
    [InlineData("$x", "operator")]
    [InlineData("", "empty")]
    public void Values_that_would_change_the_filter_are_refused_with_the_value(string value, string reason)
    {
        Assert.Contains(reason, FilterBy.Problem(value), StringComparison.Ordinal);

        var error = Assert.Throws<RunaiInvalidValueException>(() => FilterBy.Equal("name", value));
        Assert.Equal(InvalidValueKind.Value, error.Kind);
        Assert.Equal(value, error.Value);

        Assert.Throws<RunaiInvalidValueException>(() => new ResourceQuery().Where("name", "==", value));
    }

    [Fact]
    public void A_null_value_is_refused() => Assert.NotNull(FilterBy.Problem(null));

    [Theory]
    [InlineData("team", "name==team")]
    [InlineData("team*", "name=^team")]
    [InlineData("*team", "name=$team")]
    [InlineData("*team*", "name=@team")]
    [InlineData("a=b*", "name=^a=b")]
    [InlineData("*", null)]
    [InlineData("**", null)]
    [InlineData("", null)]
    [InlineData("te*am", null)]
    [InlineData("**team", null)]
    [InlineData("team**", null)]
    [InlineData("t?am", null)]
    [InlineData("[ab]c", null)]
    [InlineData("a`*b", null)]
    [InlineData("a,b*", null)]
    [InlineData("=a*", null)]
    [InlineData("*a\nb", null)]
    public void A_wildcard_becomes_one_exact_term_or_none(string pattern, string? expected) =>
        Assert.Equal(expected, FilterBy.ForPattern(pattern));

    [Fact]
    public void A_pattern_can_filter_another_field() =>
        Assert.Equal("nodePool=^gpu", FilterBy.ForPattern("gpu*", "nodePool"));
}
