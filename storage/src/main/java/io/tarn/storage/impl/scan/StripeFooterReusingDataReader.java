package io.tarn.storage.impl.scan;

import org.apache.orc.DataReader;
import org.apache.orc.OrcProto;
import org.apache.orc.StripeInformation;
import org.apache.orc.impl.BufferChunkList;
import org.apache.orc.impl.InStream;

import java.io.IOException;
import java.nio.ByteBuffer;

import static java.util.Objects.requireNonNull;

/**
 * ORC's data reader, except that a stripe's footer is read from the file once: ORC's record reader asks
 * for it twice per stripe (once itself, once from its stripe planner), which would read, and bill, each
 * footer twice.
 *
 * <p>ORC clones the data reader it is given and uses only the clone; this one returns itself instead, so
 * each instance must be given to exactly one record reader, which then owns and closes it.
 */
final class StripeFooterReusingDataReader
        implements DataReader
{
    private final DataReader delegate;
    private long footerStripeOffset = -1;
    private OrcProto.StripeFooter footer;

    StripeFooterReusingDataReader(DataReader delegate)
    {
        this.delegate = requireNonNull(delegate, "delegate is null");
    }

    @Override
    public void open()
            throws IOException
    {
        delegate.open();
    }

    @Override
    public OrcProto.StripeFooter readStripeFooter(StripeInformation stripe)
            throws IOException
    {
        if (footer == null || stripe.getOffset() != footerStripeOffset) {
            footer = delegate.readStripeFooter(stripe);
            footerStripeOffset = stripe.getOffset();
        }
        return footer;
    }

    @Override
    public BufferChunkList readFileData(BufferChunkList range, boolean doForceDirect)
            throws IOException
    {
        return delegate.readFileData(range, doForceDirect);
    }

    @Override
    public boolean isTrackingDiskRanges()
    {
        return delegate.isTrackingDiskRanges();
    }

    @Override
    @SuppressWarnings("deprecation")
    public void releaseBuffer(ByteBuffer toRelease)
    {
        delegate.releaseBuffer(toRelease);
    }

    @Override
    public void releaseAllBuffers()
    {
        delegate.releaseAllBuffers();
    }

    @Override
    @SuppressWarnings("MethodDoesntCallSuperMethod")
    public DataReader clone()
    {
        return this;
    }

    @Override
    public void close()
            throws IOException
    {
        delegate.close();
    }

    @Override
    public InStream.StreamOptions getCompressionOptions()
    {
        return delegate.getCompressionOptions();
    }
}
