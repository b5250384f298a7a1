using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client;

namespace Runai.PowerShell;

/// <summary>
/// Base of the completers that offer names from the control plane. They ask the connection the command line names
/// (-Connection), else the current one; the names come from the connection's short-lived cache, so repeated Tabs cost
/// no request. A completer never throws and never holds the prompt longer than <see cref="Budget"/>: a slower answer
/// keeps loading in the background and is offered on the next Tab.
/// </summary>
public abstract class NameCompleter : IArgumentCompleter
{
    /// <summary>The longest a completer waits for the control plane.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(1);

    /// <summary>How long a background fetch may run once the prompt stopped waiting for it.</summary>
    private static readonly TimeSpan FetchLimit = TimeSpan.FromSeconds(20);

    private const int MaxResults = 200;

    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        try
        {
            var context = ContextOf(fakeBoundParameters);
            if (context is null) return Array.Empty<CompletionResult>();
            var (typed, quote) = CompletionText.Unquote(wordToComplete ?? "");
            var limit = new CancellationTokenSource(FetchLimit);
            var names = NamesAsync(context.Connection, new BoundValues(commandName, parameterName, fakeBoundParameters), limit.Token);
            if (!names.Wait(Budget)) return Array.Empty<CompletionResult>();
            limit.Dispose();
            var pattern = WildcardPattern.Get(typed + "*", WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant);
            return names.Result
                .Where(pattern.IsMatch)
                .Take(MaxResults)
                .Select(name => new CompletionResult(CompletionText.Quote(name, quote), name, CompletionResultType.ParameterValue, name))
                .ToList();
        }
        catch (Exception)
        {
            // Completion is a convenience: a failed or refused lookup offers nothing rather than an error at the prompt.
            return Array.Empty<CompletionResult>();
        }
    }

    /// <summary>The names to offer; filtered by what was typed afterwards.</summary>
    protected abstract Task<IReadOnlyList<string>> NamesAsync(RunaiConnection connection, BoundValues bound, CancellationToken cancellationToken);

    private static RunaiContext? ContextOf(IDictionary bound) =>
        (bound?["Connection"] is { } given ? (given as PSObject)?.BaseObject ?? given : null) as RunaiContext ?? RunaiSession.Context;

    /// <summary>The parameters already typed on the command line, as plain strings.</summary>
    protected sealed class BoundValues
    {
        private readonly IDictionary bound;

        internal BoundValues(string commandName, string parameterName, IDictionary bound)
        {
            CommandName = commandName ?? "";
            ParameterName = parameterName ?? "";
            this.bound = bound;
        }

        /// <summary>The command being completed, as typed (an alias stays an alias).</summary>
        public string CommandName { get; }

        /// <summary>The parameter being completed.</summary>
        public string ParameterName { get; }

        /// <summary>The value typed for <paramref name="parameter"/> (the first, for an array), or null.</summary>
        public string? this[string parameter]
        {
            get
            {
                var value = bound?[parameter];
                if (value is PSObject wrapped) value = wrapped.BaseObject;
                if (value is IEnumerable and not string) value = ((IEnumerable)value).Cast<object?>().FirstOrDefault();
                return value is null or SwitchParameter ? null : LanguagePrimitives.ConvertTo<string>(value);
            }
        }
    }
}
