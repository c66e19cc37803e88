/**
 * A direct numpy/scipy transcription of WeightWatcher 0.7.5.5's per-layer procedures (WWFit,
 * mp_fit with resid_mp + scipy.optimize.brute/fmin, detX_constraint, apply_norm_metrics), used
 * as the independent reference in the spectral tests. The KDE is written out in numpy (scikit-learn's
 * KernelDensity(kernel='linear') is the normalised triangular kernel); brute and fmin are scipy's own.
 * Checked against WeightWatcher's own numbers on stories260K to 1e-14 while writing it.
 */
export const WW_NUMPY = String.raw`
from scipy import optimize
def wwfit(evals):
    data=np.sort(evals[evals>1e-5]).astype(np.float64); N=len(data)
    ld=np.log(data); alphas=np.zeros(N-1); Ds=np.ones(N-1)
    for i,xmin in enumerate(data[:-1]):
        n=float(N-i); a=1+n/(np.sum(ld[i:])-n*ld[i]); alphas[i]=a
        if a>1: Ds[i]=np.max(np.abs(1-(data[i:]/xmin)**(-a+1)-np.arange(n)/n))
    sig=(alphas-1)/np.sqrt(N-np.arange(N-1)); i=int(np.argmin(Ds))
    return dict(alpha=alphas[i],xmin=data[i],D=Ds[i],sigma=sig[i],xmax=data[-1],num_pl_spikes=int(np.sum(evals>=data[i])))
def kde(x, grid, h=0.1):
    d=np.abs(grid[:,None]-x[None,:]); k=np.where(d<h,1-d/h,0.0)
    return k.sum(1)/(h*len(x))
def resid(p,evals,Q,bw):
    sigma=p
    xde=np.linspace(0,np.max(evals)+0.5,1000); yde=kde(evals,xde,bw)
    bad=np.where(yde<0.01)[0]; good=np.where(yde>0.01)[0]; xde=xde[good]; yde=yde[good]
    with np.errstate(all='ignore'):
        if Q==1:
            ymp=np.nan_to_num((1/(np.pi*sigma*sigma))*np.sqrt(4-xde**2)); r=ymp-yde
        else:
            y=1/Q; b=np.power(sigma*(1+np.sqrt(1/Q)),2); a=np.power(sigma*(1-np.sqrt(1/Q)),2)
            ymp=np.nan_to_num((1/(2*np.pi*sigma*sigma*xde*y))*np.sqrt((b-xde)*(xde-a)))
            pk=xde[np.where(yde==max(yde))][0]
            if (b<pk)|(b>max(xde))|(a>pk): r=np.zeros(len(yde))+1000
            else: r=ymp-yde
    r=np.concatenate((r,np.zeros(len(bad))))
    return np.sum(r**2)
def mpfit(evals,N,M):
    Q=N/M; Wscale=np.sqrt(len(evals))/np.sqrt(np.sum(evals)); tp=(Wscale*Wscale)*evals; lmax=np.max(tp)
    s0=np.sqrt(np.max(tp)/np.square(1+1.0/np.sqrt(Q)))
    tf=np.sqrt(tp) if Q==1 else tp
    out=optimize.brute(resid,(slice(0.05*s0,2.0*s0,0.01*s0),),args=(tf,Q,0.1),full_output=True)
    s1=float(out[0][0])
    bm=(s1*(1+1/np.sqrt(Q)))**2; bmin=(s1*(1-1/np.sqrt(Q)))**2
    TW=1/np.sqrt(Q)*np.power(bm,2/3)*np.power(M,-2/3)
    return dict(num_spikes=int(len(tp[tp>bm+np.sqrt(TW)])),sigma_mp=s1,mp_softrank=bm/lmax,bulk_max=bm/(Wscale*Wscale),bulk_min=bmin/(Wscale*Wscale),W_scale=Wscale)
def detx(evals):
    n=len(evals); W=np.sqrt(n)/np.sqrt(np.sum(evals)); e=(W*W)*evals; num=n; idx=0
    for idx in range(n-1,0,-1):
        if np.prod(e[idx:])<1.0: num=n-idx; break
    return dict(detX_num=num,detX_val=(e/(W*W))[idx],detX_val_unrescaled=e[idx])
def norms(evals,alpha,N):
    sv=np.sqrt(evals); tol=np.max(sv)*N*np.finfo(sv.dtype).eps; rank=np.count_nonzero(sv>tol)
    e2=sv*sv; p=e2/np.sum(e2)+1e-10; ent=-np.sum(p*np.log(p))/np.log(rank+1e-10)
    return dict(log_norm=np.log10(np.sum(evals)),log_spectral_norm=np.log10(np.max(evals)),alpha_weighted=alpha*np.log10(np.max(evals)),
      log_alpha_norm=np.log10(np.sum([ev**alpha for ev in evals])),stable_rank=np.sum(evals)/np.max(evals),matrix_rank=int(rank),entropy=ent)
def tofloat(d): return {k:(float(v) if not isinstance(v,int) else v) for k,v in d.items()}
`;
