using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Runai.Client.Pipeline;

/// <summary>
/// A response body read as it arrives, noting whether it held anything but whitespace, so that a parse error can say
/// "no body" for an empty answer, as the reader of a whole body does.
/// </summary>
internal sealed class BodyStream : Stream
{
    private readonly Stream inner;

    public BodyStream(Stream inner) => this.inner = inner;

    /// <summary>True once a byte other than JSON whitespace was read.</summary>
    public bool HadContent { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => Note(buffer, offset, inner.Read(buffer, offset, count));

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Note(buffer, offset, await inner.ReadAsync(buffer, offset, count, cancellationToken).ConfigureAwait(false));

    private int Note(byte[] buffer, int offset, int read)
    {
        for (var i = offset; !HadContent && i < offset + read; i++)
            HadContent = !ResponseReader.IsJsonWhitespace(buffer[i]);
        return read;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
