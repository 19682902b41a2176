using ModelBot.Core.Loading;
using ModelBot.Core.Tests.Support;

namespace ModelBot.Core.Tests.Loading;

public class RealDataTests
{
    [Fact]
    public void Load_RepositoryData_HasNoErrors()
    {
        var result = new DatasetLoader().Load(TestData.DataDirectory);

        result.Errors.ShouldBeEmpty(string.Join(Environment.NewLine, result.Errors));
        result.IsValid.ShouldBeTrue();
        result.Dataset.Models.Count.ShouldBeGreaterThan(0);
        result.Dataset.Results.Count.ShouldBeGreaterThan(0);
    }
}
