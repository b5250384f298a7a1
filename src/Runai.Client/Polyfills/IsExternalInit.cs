// netstandard2.0 lacks the marker type that C# 9 init-only setters need.
namespace System.Runtime.CompilerServices;

internal static class IsExternalInit
{
}
