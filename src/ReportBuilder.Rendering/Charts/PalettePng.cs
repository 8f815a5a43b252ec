using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing.Processors.Quantization;

namespace ReportBuilder.Rendering.Charts;

/// <summary>A chart's PNG with an indexed palette of at most 256 colours (ImageSharp's Wu quantizer, no dithering): a chart has
/// a handful of colours and their anti-aliased edges, so it stays sharp at a fraction of the true-colour file's size, which
/// is what keeps a mail with many charts within its budget.</summary>
internal static class PalettePng
{
    private static readonly PngEncoder Encoder = new()
    {
        ColorType = PngColorType.Palette,
        BitDepth = PngBitDepth.Bit8,
        CompressionLevel = PngCompressionLevel.BestCompression,
        Quantizer = new WuQuantizer(new QuantizerOptions { MaxColors = 256, Dither = null }),
    };

    /// <summary>The same picture as <paramref name="png"/> (a true-colour PNG this program drew), written with a palette.</summary>
    public static byte[] Quantize(byte[] png)
    {
        using var image = Image.Load<Rgba32>(png);
        using var output = new MemoryStream();
        image.SaveAsPng(output, Encoder);
        return output.ToArray();
    }
}
