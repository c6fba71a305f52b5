package dev.earshot.engine.component.channel;

import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.audio.PcmReader;
import dev.earshot.engine.audio.PcmWriter;
import dev.earshot.engine.dsp.Blocks;
import dev.earshot.engine.pipeline.Component;
import dev.earshot.engine.pipeline.ParamReader;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.StepOutput;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code split_audio_channel}: one mono file per channel, in channel order, at the input's rate and length.
 * Mono input gives one output, the input itself. Always the last step of a plan.
 */
public final class ChannelSplitter implements Component<SplitParams> {

    @Override
    public String id() {
        return "split_audio_channel";
    }

    @Override
    public SplitParams parseParams(ParamReader params) {
        return SplitParams.parse(params);
    }

    @Override
    public boolean mustBeLast(SplitParams params) {
        return true;
    }

    @Override
    public StepOutput run(StepContext context, SplitParams params) {
        PcmFile input = context.working();
        int channels = input.format().channels();
        if (channels == 1) {
            return StepOutput.audios(List.of(input));
        }
        AudioFormat mono = new AudioFormat(input.format().sampleRate(), 1);
        List<PcmWriter> writers = new ArrayList<>();
        try (PcmReader reader = input.openReader()) {
            for (int c = 0; c < channels; c++) {
                writers.add(PcmFile.create(context.newFile("channel" + c + ".pcm"), mono));
            }
            split(context, reader, writers);
            return StepOutput.audios(writers.stream().map(PcmWriter::finish).toList());
        } finally {
            writers.forEach(PcmWriter::close);
        }
    }

    private static void split(StepContext context, PcmReader reader, List<PcmWriter> writers) {
        int channels = writers.size();
        int block = Blocks.frames(channels);
        float[] interleaved = new float[block * channels];
        float[] one = new float[block];
        long total = reader.file().frames();
        long done = 0;
        int n;
        while ((n = reader.read(interleaved, block)) > 0) {
            for (int c = 0; c < channels; c++) {
                for (int i = 0; i < n; i++) {
                    one[i] = interleaved[i * channels + c];
                }
                writers.get(c).write(one, 0, n);
            }
            done += n;
            context.checkpoint();
            context.progress((double) done / total);
        }
    }
}
