import { Link } from '../roteador';
import { Titulo } from '../componentes/Titulo';

export function NaoEncontrada() {
  return (
    <>
      <Titulo>Página não encontrada</Titulo>
      <p>
        O endereço não corresponde a nenhuma página. <Link para="/">Voltar ao painel</Link>.
      </p>
    </>
  );
}
