using Runai.Client;

namespace Runai.Tests.Unit.Client.Organization;

public sealed class ResourceNamesTests
{
    [Theory]
    [InlineData("team-a")]
    [InlineData("a")]
    [InlineData("a1-b2")]
    public void Dns_labels_are_valid(string name) => Assert.Null(ResourceNames.Problem(name, "project"));

    [Theory]
    [InlineData("")]
    [InlineData("Team-A")]
    [InlineData("1team")]
    [InlineData("team_a")]
    [InlineData("team-")]
    [InlineData("-team")]
    [InlineData("team a")]
    [InlineData("tëam")]
    public void Other_names_are_refused_with_a_reason_naming_them(string name)
    {
        var problem = ResourceNames.Problem(name, "project");

        Assert.NotNull(problem);
        Assert.Contains("project", problem);
    }

    [Fact]
    public void Names_are_at_most_63_characters()
    {
        Assert.Null(ResourceNames.Problem(new string('a', 63), "department"));
        Assert.Contains("63", ResourceNames.Problem(new string('a', 64), "department"));
    }

    [Theory]
    [InlineData("team-a", "name==team-a")]
    [InlineData("team-*", "name=^team-")]
    [InlineData("*-a", "name=$-a")]
    [InlineData("*eam*", "name=@eam")]
    [InlineData("t*m", null)]
    [InlineData("team-?", null)]
    [InlineData("team-[ab]", null)]
    [InlineData("*", null)]
    [InlineData("a,b", null)]
    public void Wildcards_become_filterBy_where_one_operator_says_it(string pattern, string? filter) =>
        Assert.Equal(filter, Runai.Client.Resources.FilterBy.ForPattern(pattern));
}
