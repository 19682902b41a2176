using System.Buffers;
using System.Net;
using System.Net.Sockets;

namespace ModelBot.LoadHarness.Running.Raw;

/// <summary>
/// One keep-alive HTTP/1.1 connection to a loopback target, for one worker: send prebuilt request bytes, read one
/// response into a pooled buffer, judge it with <see cref="ReplyCheck"/> (through <see cref="VerifiedReplies"/>). Anything unexpected closes the socket and the
/// next exchange connects again. Plain socket calls, no async machinery: an <see cref="EventLoop"/> calls
/// <see cref="Continue"/> only when the socket is readable, so nothing blocks there (no thread-pool hop per response,
/// no idle thread-pool spinning that would take cores from the target); <see cref="Exchange"/> blocks, for one-offs.
/// </summary>
public sealed class RawConnection : IDisposable
{
    /// <summary>Largest response accepted; a longer one counts as a failure.</summary>
    public const int MaxResponseBytes = 1 << 20;

    /// <summary>The default longest wait for a send or a read before the request counts as failed and the socket is dropped.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private const int InitialBufferBytes = 16 * 1024;
    private readonly IPEndPoint _target;
    private readonly int _timeoutMilliseconds;
    private readonly VerifiedReplies _verified = new();
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialBufferBytes);
    private Socket? _socket;
    private bool _reused;
    private bool _sentOnReused;
    private bool _retried;
    private int _filled;
    private ReadOnlyMemory<byte> _request;
    private volatile bool _aborted;

    /// <summary>
    /// A connection to <paramref name="target"/>, which must be a loopback address; it connects on first use, and a send
    /// or read that waits longer than <paramref name="timeout"/> (<see cref="DefaultTimeout"/>) fails the request.
    /// </summary>
    public RawConnection(IPEndPoint target, TimeSpan? timeout = null)
    {
        _timeoutMilliseconds = (int)(timeout ?? DefaultTimeout).TotalMilliseconds;
        if (!IPAddress.IsLoopback(target.Address))
        {
            throw new ArgumentException($"the load client only targets loopback addresses, not {target.Address}", nameof(target));
        }
        _target = target;
    }

    /// <summary>How many times a socket was opened (the first connect and every reconnect).</summary>
    public int Connects { get; private set; }

    /// <summary>The loopback endpoint of <paramref name="baseAddress"/> (<c>http://127.0.0.1:port/</c> or <c>localhost</c>).</summary>
    public static IPEndPoint EndPointOf(Uri baseAddress)
    {
        if (baseAddress.Scheme != Uri.UriSchemeHttp)
        {
            throw new ArgumentException($"the raw client speaks plain http only, not {baseAddress.Scheme}", nameof(baseAddress));
        }
        var address = baseAddress.IsLoopback && !IPAddress.TryParse(baseAddress.DnsSafeHost, out _) ? IPAddress.Loopback : IPAddress.Parse(baseAddress.DnsSafeHost);
        return new IPEndPoint(address, baseAddress.Port);
    }

    /// <summary>The open socket while an exchange waits for its response (what the event loop polls), else null.</summary>
    public Socket? Socket => _socket;

    /// <summary>
    /// Sends <paramref name="request"/> and reads the response, blocking the calling thread: true for an answer (200
    /// with a non-empty JSON object), false for any other status, a malformed or truncated response, a transport error
    /// or no response within the timeout.
    /// </summary>
    public bool Exchange(ReadOnlyMemory<byte> request)
    {
        var step = Begin(request);
        while (step == ExchangeStep.Pending)
        {
            step = Continue();
        }
        return step == ExchangeStep.Answered;
    }

    /// <summary>
    /// Starts an exchange: connects when needed and sends <paramref name="request"/> (which must stay unchanged until
    /// the exchange ends). Then <see cref="Continue"/> reads the response, once <see cref="Socket"/> is readable.
    /// </summary>
    public ExchangeStep Begin(ReadOnlyMemory<byte> request)
    {
        _request = request;
        _retried = false;
        return Send();
    }

    /// <summary>
    /// One read of the response (blocking unless <see cref="Socket"/> is readable), then what is known: still
    /// <see cref="ExchangeStep.Pending"/>, or the end of the exchange. A reused connection that the server had closed
    /// while idle (nothing at all comes back) is reopened and the request sent once more, as HttpClient does.
    /// </summary>
    public ExchangeStep Continue()
    {
        try
        {
            var socket = _socket ?? throw new ObjectDisposedException(nameof(RawConnection));
            if (_filled == _buffer.Length && !Grow())
            {
                Close();
                return ExchangeStep.Failed;
            }
            var read = socket.Receive(_buffer.AsSpan(_filled));
            _filled += read;
            var parse = HttpResponseParser.TryParse(_buffer.AsSpan(0, _filled), endOfStream: read == 0, out var frame);
            if (parse == ResponseParse.Incomplete)
            {
                return ExchangeStep.Pending;
            }
            if (parse == ResponseParse.Invalid)
            {
                Close();
                return Broken();
            }
            var answered = _verified.IsAnswer(_request, (HttpStatusCode)frame.Status, HttpResponseParser.Body(_buffer.AsSpan(0, frame.Length), frame));
            // Bytes after the response were never asked for: the framing is off, so the connection is not reused.
            if (!frame.KeepAlive || frame.Length != _filled)
            {
                Close();
            }
            else
            {
                _reused = true;
            }
            return answered ? ExchangeStep.Answered : ExchangeStep.Failed;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.TimedOut || e.SocketErrorCode == SocketError.WouldBlock)
        {
            return Expire();
        }
        catch (Exception e) when (e is SocketException or IOException or ObjectDisposedException)
        {
            Close();
            return Broken();
        }
    }

    /// <summary>Ends the exchange under way as failed (no answer in time) and drops its connection; never sent again.</summary>
    public ExchangeStep Expire()
    {
        Close();
        return ExchangeStep.Failed;
    }

    /// <summary>Closes the connection for good, from any thread: an exchange under way fails, later ones fail at once (how a run is cancelled).</summary>
    public void Abort()
    {
        _aborted = true;
        _socket?.Dispose();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Close();
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private ExchangeStep Send()
    {
        _filled = 0;
        _sentOnReused = _reused;
        if (_aborted)
        {
            return ExchangeStep.Failed;
        }
        try
        {
            var socket = _socket ?? Connect();
            var request = _request.Span;
            for (var sent = 0; sent < request.Length;)
            {
                sent += socket.Send(request[sent..]);
            }
            return ExchangeStep.Pending;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.TimedOut || e.SocketErrorCode == SocketError.WouldBlock)
        {
            return Expire();
        }
        catch (Exception e) when (e is SocketException or IOException or ObjectDisposedException)
        {
            Close();
            return Broken();
        }
    }

    // The connection broke: send once more on a new one if it was a reused one that gave nothing back, else fail.
    private ExchangeStep Broken()
    {
        if (_sentOnReused && _filled == 0 && !_retried && !_aborted)
        {
            _retried = true;
            return Send();
        }
        return ExchangeStep.Failed;
    }

    private Socket Connect()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp)
        {
            NoDelay = true,
            SendTimeout = _timeoutMilliseconds,
            ReceiveTimeout = _timeoutMilliseconds,
        };
        try
        {
            socket.Connect(_target);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
        Connects++;
        _socket = socket;
        _reused = false;
        return socket;
    }

    private bool Grow()
    {
        if (_buffer.Length >= MaxResponseBytes)
        {
            return false;
        }
        var larger = ArrayPool<byte>.Shared.Rent(Math.Min(_buffer.Length * 2, MaxResponseBytes));
        _buffer.CopyTo(larger, 0);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
        return true;
    }

    private void Close()
    {
        _socket?.Dispose();
        _socket = null;
        _reused = false;
    }
}
