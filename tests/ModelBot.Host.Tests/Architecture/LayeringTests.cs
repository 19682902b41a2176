using System.Reflection;
using NetArchTest.Rules;

namespace ModelBot.Host.Tests.Architecture;

/// <summary>
/// The layering in DESIGN.md, as a test: Core knows no other project, Commands only Core, Charts only Commands and
/// Core, adapters never each other, the Host nor the drawing library.
/// </summary>
public class LayeringTests
{
    public static TheoryData<string, string[]> ForbiddenDependencies => new()
    {
        { "ModelBot.Core", ["ModelBot.Commands", "ModelBot.Charts", "ModelBot.Discord", "ModelBot.Slack", "ModelBot.Host", "modelbot"] },
        { "ModelBot.Commands", ["ModelBot.Charts", "ModelBot.Discord", "ModelBot.Slack", "ModelBot.Host", "modelbot"] },
        // Charts draw answers; adapters reach them only through Commands' IAnswerChart, so the drawing library stays out of them.
        { "ModelBot.Charts", ["ModelBot.Discord", "ModelBot.Slack", "ModelBot.Host", "modelbot"] },
        { "ModelBot.Discord", ["ModelBot.Charts", "ModelBot.Slack", "ModelBot.Host", "modelbot", "ScottPlot", "SkiaSharp"] },
        { "ModelBot.Slack", ["ModelBot.Charts", "ModelBot.Discord", "ModelBot.Host", "modelbot", "ScottPlot", "SkiaSharp"] },
    };

    [Theory]
    [MemberData(nameof(ForbiddenDependencies))]
    public void Types_InLayer_DoNotUseForbiddenNamespaces(string assemblyName, string[] forbidden)
    {
        var result = Types.InAssembly(Assembly.Load(assemblyName))
            .ShouldNot()
            .HaveDependencyOnAny(forbidden)
            .GetResult();

        (result.FailingTypeNames ?? []).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ForbiddenDependencies))]
    public void Assembly_InLayer_DoesNotReferenceForbiddenProjects(string assemblyName, string[] forbidden)
    {
        var references = Assembly.Load(assemblyName).GetReferencedAssemblies().Select(reference => reference.Name);

        references.Intersect(forbidden).ShouldBeEmpty();
    }

    [Fact]
    public void ForbiddenDependencies_CoverEveryLayerAssemblyBuilt()
    {
        // Guards the table above against a renamed or added project: every ModelBot.* library beside the tests is listed.
        var built = Directory.GetFiles(AppContext.BaseDirectory, "ModelBot.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => !name!.EndsWith(".Tests", StringComparison.Ordinal));
        var listed = ForbiddenDependencies.Select(row => row.Data.Item1);

        built.Order().ShouldBe(listed.Order());
    }
}
